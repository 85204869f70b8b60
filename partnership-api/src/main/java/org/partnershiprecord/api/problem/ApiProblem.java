package org.partnershiprecord.api.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal decided by the API itself (not by a domain rule): an HTTP status, a stable code and a
 * sentence for the caller. Rendered as problem+json by {@link ProblemAdvice}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    private ApiProblem(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.properties = properties;
    }

    public static ApiProblem of(HttpStatus status, String code, String detail) {
        return new ApiProblem(status, code, detail, Map.of());
    }

    public static ApiProblem of(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        return new ApiProblem(status, code, detail, Map.copyOf(properties));
    }

    public static ApiProblem badRequest(String code, String detail) {
        return of(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiProblem notFound(String what, String id) {
        return of(HttpStatus.NOT_FOUND, "NOT_FOUND", "No " + what + " '" + id + "' is recorded.");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
