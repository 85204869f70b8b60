package org.partnershiprecord.api.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code partnership.security.*}: local accounts for the embedded default, and the JWT issuer for
 * real deployments.
 */
@ConfigurationProperties(prefix = "partnership.security")
public class SecurityProperties {

    /** Local accounts. Passwords are stored hashed, e.g. {@code {bcrypt}$2a$10$...}. */
    private List<Account> accounts = new ArrayList<>();
    private Jwt jwt = new Jwt();

    public List<Account> getAccounts() {
        return accounts;
    }

    public void setAccounts(List<Account> accounts) {
        this.accounts = accounts;
    }

    public Jwt getJwt() {
        return jwt;
    }

    public void setJwt(Jwt jwt) {
        this.jwt = jwt;
    }

    /** One local account. */
    public static class Account {
        private String username;
        private String password;
        private List<Role> roles = new ArrayList<>();

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }
    }

    /** The OAuth2 resource server: tokens from a configured issuer, roles from a configured claim. */
    public static class Jwt {
        /** Issuer URI; its metadata gives the JWK set, and tokens must name it as {@code iss}. */
        private String issuerUri;
        /** JWK set URI, when the issuer publishes no metadata. */
        private String jwkSetUri;
        /** A PEM RSA public key (file: or classpath: location), for tests and air-gapped set-ups. */
        private String publicKeyLocation;
        /** The audience tokens must be issued for ({@code aud}); empty accepts any. */
        private String audience;
        /** The claim holding the caller's roles (a list, or a space/comma-separated string). */
        private String rolesClaim = "roles";

        public boolean enabled() {
            return notBlank(issuerUri) || notBlank(jwkSetUri) || notBlank(publicKeyLocation);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String getPublicKeyLocation() {
            return publicKeyLocation;
        }

        public void setPublicKeyLocation(String publicKeyLocation) {
            this.publicKeyLocation = publicKeyLocation;
        }

        public String getAudience() {
            return audience;
        }

        public void setAudience(String audience) {
            this.audience = audience;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }
    }
}
