package org.partnershiprecord.api.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The application's own account for work it does on a user's behalf at start (the demo datasets):
 * a RECORDER whose random password exists only in memory for this run, so events it records name
 * {@code demo-loader} as their recorder like any other.
 */
public record InternalAccount(String username, String password) {

    static InternalAccount generate() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return new InternalAccount("demo-loader", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
}
