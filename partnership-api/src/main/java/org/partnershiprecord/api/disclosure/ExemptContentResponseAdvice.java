package org.partnershiprecord.api.disclosure;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Every JSON answer of the API passes through the exempt-content filter before it is written. */
@ControllerAdvice
public class ExemptContentResponseAdvice implements ResponseBodyAdvice<Object> {

    private final ExemptContentFilter filter;

    public ExemptContentResponseAdvice(ExemptContentFilter filter) {
        this.filter = filter;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || body instanceof String || body instanceof byte[]
                || !request.getURI().getPath().startsWith("/api/")) {
            return body;
        }
        return filter.filter(body, SecurityContextHolder.getContext().getAuthentication());
    }
}
