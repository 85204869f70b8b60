package org.partnershiprecord.benchmark;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The benchmark's account, as the command side sees it when commands do not come over HTTP. */
final class Recorder {

    static final String USERNAME = "bench";
    /** A READER account (same password), for reads that go through the exempt-content filter. */
    static final String READER = "bench-reader";

    private Recorder() {
    }

    /** Signs the current thread in as the recorder (the gateway's interceptor puts it in every event's metadata). */
    static void signIn() {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    USERNAME, null, List.of(new SimpleGrantedAuthority("ROLE_RECORDER"))));
        }
    }
}
