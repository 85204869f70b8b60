package org.partnershiprecord.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json, like every other refusal. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"partnership-record\", Bearer");
            write(response, 401, "UNAUTHENTICATED", "Unauthorized",
                    "Sign in: HTTP Basic with a local account, or a Bearer token from the configured issuer.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(response, 403, "FORBIDDEN", "Forbidden",
                "Your role does not allow this.");
    }

    static void write(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:partnership-record:problem:" + code + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
