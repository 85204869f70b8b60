package org.partnershiprecord.api.common;

import jakarta.servlet.http.HttpServletRequest;
import org.partnershiprecord.api.record.CommandDispatcher.CommandRequest;
import org.partnershiprecord.api.record.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the headers that shape a command: If-Match and Idempotency-Key. */
public final class CommandRequests {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private CommandRequests() {
    }

    public static CommandRequest from(HttpServletRequest http) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return new CommandRequest(http.getRequestURI(), ETags.parseIfMatch(http.getHeader(HttpHeaders.IF_MATCH)),
                http.getHeader(IDEMPOTENCY_KEY), caller == null ? "anonymous" : caller.getName());
    }
}
