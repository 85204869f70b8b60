package org.partnershiprecord.api.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The local accounts of the embedded default. With none configured, one administrator account
 * is created with a random password printed once to the log: there is never a fixed default.
 */
final class LocalAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(LocalAccounts.class);
    static final String GENERATED_ADMIN = "admin";

    private LocalAccounts() {
    }

    static InMemoryUserDetailsManager from(SecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.Account account : properties.getAccounts()) {
            if (account.getUsername() == null || account.getPassword() == null || account.getRoles().isEmpty()) {
                throw new IllegalStateException("Each partnership.security.accounts entry needs a username, a hashed"
                        + " password and at least one role");
            }
            users.add(User.withUsername(account.getUsername())
                    .password(account.getPassword())
                    .roles(account.getRoles().stream().map(Role::name).toArray(String[]::new))
                    .build());
        }
        if (users.isEmpty()) {
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            users.add(User.withUsername(GENERATED_ADMIN)
                    .password(encoder.encode(password))
                    .roles(Role.RECORDER.name(), Role.MONITORING_OFFICER.name(), Role.READER.name())
                    .build());
            LOG.warn("""

                    No accounts are configured (partnership.security.accounts), so one administrator was created for \
                    this run only.
                        username: {}
                        password: {}
                    It is printed once and not stored; configure accounts before real use (see README).
                    """, GENERATED_ADMIN, password);
        }
        return new InMemoryUserDetailsManager(users);
    }
}
