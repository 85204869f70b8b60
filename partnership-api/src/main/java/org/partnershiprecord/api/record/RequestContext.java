package org.partnershiprecord.api.record;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Facts about the HTTP request in progress, for the metadata of what it records. */
public final class RequestContext {

    /** Request attribute holding the request id (set by {@link RequestIdFilter}). */
    public static final String REQUEST_ID_ATTRIBUTE = RequestContext.class.getName() + ".requestId";

    private RequestContext() {
    }

    public static String requestId() {
        HttpServletRequest request = currentRequest();
        if (request != null && request.getAttribute(REQUEST_ID_ATTRIBUTE) instanceof String id) {
            return id;
        }
        return UUID.randomUUID().toString();
    }

    /** The client: a JWT's authorised party when there is one, else the account itself. */
    public static String clientId(Authentication authentication) {
        if (authentication instanceof ClientAware clientAware && clientAware.clientId() != null) {
            return clientAware.clientId();
        }
        return authentication.getName();
    }

    static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    /** An authentication that knows which client system acted (JWT azp / client_id). */
    public interface ClientAware {
        String clientId();
    }
}
