package org.partnershiprecord.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Locally signed JWTs for the tests (the application trusts test-public.pem in the test profile). */
final class TestTokens {

    static final String ISSUER = "https://issuer.test.invalid/";
    static final String AUDIENCE = "partnership-record";

    private TestTokens() {
    }

    /** A token builder with valid defaults: right issuer, audience, key, one hour of life. */
    static Token token(String subject, String... roles) {
        return new Token(subject, List.of(roles));
    }

    static final class Token {
        private final String subject;
        private final List<String> roles;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expires = Instant.now().plusSeconds(3600);
        private String key = "jwt/test-private-pkcs8.pem";
        private String clientId;

        private Token(String subject, List<String> roles) {
            this.subject = subject;
            this.roles = roles;
        }

        Token issuer(String value) {
            issuer = value;
            return this;
        }

        Token audience(String value) {
            audience = value;
            return this;
        }

        Token expired() {
            expires = Instant.now().minusSeconds(3600);
            return this;
        }

        Token signedByAnotherKey() {
            key = "jwt/other-private-pkcs8.pem";
            return this;
        }

        Token authorisedParty(String value) {
            clientId = value;
            return this;
        }

        String bearer() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer).audience(audience)
                    .issueTime(Date.from(Instant.now().minusSeconds(7200))).expirationTime(Date.from(expires))
                    .claim("roles", roles);
            if (clientId != null) {
                claims.claim("azp", clientId);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            try {
                jwt.sign(new RSASSASigner(privateKey(key)));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return "Bearer " + jwt.serialize();
        }
    }

    private static PrivateKey privateKey(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
