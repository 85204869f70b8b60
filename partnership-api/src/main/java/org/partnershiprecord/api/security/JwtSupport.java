package org.partnershiprecord.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.partnershiprecord.api.record.RequestContext;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The OAuth2 resource-server side: decoding and validating tokens, and mapping their roles. */
final class JwtSupport {

    private JwtSupport() {
    }

    static JwtDecoder decoder(SecurityProperties.Jwt jwt) {
        NimbusJwtDecoder decoder;
        if (notBlank(jwt.getPublicKeyLocation())) {
            decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(jwt.getPublicKeyLocation())).build();
        } else if (notBlank(jwt.getJwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
        } else {
            decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(jwt.getIssuerUri());
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(notBlank(jwt.getIssuerUri()) ? JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri())
                : JwtValidators.createDefault());
        if (notBlank(jwt.getAudience())) {
            validators.add(token -> token.getAudience() != null && token.getAudience().contains(jwt.getAudience())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "The token is not issued for this audience", null)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** Bearer tokens are checked by their own manager: the local-account manager knows nothing of them. */
    static AuthenticationManager authenticationManager(SecurityProperties.Jwt jwt) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(jwt));
        provider.setJwtAuthenticationConverter(authentication(jwt));
        return new ProviderManager(provider);
    }

    static Converter<Jwt, AbstractAuthenticationToken> authentication(SecurityProperties.Jwt jwt) {
        return token -> new ClientJwtAuthentication(token, roles(token, jwt.getRolesClaim()));
    }

    private static Collection<GrantedAuthority> roles(Jwt token, String claim) {
        Object value = token.getClaims().get(claim);
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> names.add(String.valueOf(v)));
        } else if (value instanceof String text) {
            names.addAll(List.of(text.split("[\\s,]+")));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : names) {
            String role = name.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    authorities.add(new SimpleGrantedAuthority(known.authority()));
                }
            }
        }
        return authorities;
    }

    /** A JWT caller; the client is the token's authorised party ({@code azp}) or {@code client_id}. */
    static final class ClientJwtAuthentication extends JwtAuthenticationToken implements RequestContext.ClientAware {

        ClientJwtAuthentication(Jwt jwt, Collection<GrantedAuthority> authorities) {
            super(jwt, authorities, jwt.getSubject());
        }

        @Override
        public String clientId() {
            Object azp = getToken().getClaims().get("azp");
            Object clientId = azp != null ? azp : getToken().getClaims().get("client_id");
            return clientId == null ? null : clientId.toString();
        }
    }

    private static RSAPublicKey readPublicKey(String location) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JWT public key at " + location, e);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
