package org.partnershiprecord.api.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where refusals become RFC 9457 problem+json answers. Every answer carries a
 * stable {@code code}; rule refusals also carry the domain's {@code rule}. Client mistakes are 4xx;
 * only a fault of ours is a 500, and it says nothing of the internals.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    static final String TYPE_BASE = "urn:partnership-record:problem:";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation violation) {
        HttpStatus status = violation.code() == RuleCode.INVALID_VALUE ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        String title = status == HttpStatus.BAD_REQUEST ? "Invalid value" : "Refused by a rule of the record";
        ProblemDetail problem = problem(status, violation.code().name(), title, violation.getMessage());
        problem.setProperty("rule", violation.code().name());
        return answer(problem);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem refusal) {
        ProblemDetail problem = problem(refusal.status(), refusal.code(), refusal.status().getReasonPhrase(),
                refusal.getMessage());
        refusal.properties().forEach(problem::setProperty);
        return answer(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException missing) {
        return answer(problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found",
                "Nothing is recorded under '" + missing.getAggregateIdentifier() + "'."));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> alreadyExists(AggregateStreamCreationException exists) {
        return answer(problem(HttpStatus.CONFLICT, "ALREADY_EXISTS", "Already recorded",
                "Something is already recorded under that id; choose another id, or send the command to it."));
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, ConflictingModificationException.class})
    ResponseEntity<Object> versionMismatch(RuntimeException conflict) {
        return answer(problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", "Changed since you read it",
                "The entry has changed since the version named in If-Match; read it again and resend."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException conflict) {
        return answer(problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", "Changed at the same time",
                "Another change to the same entry was recorded at the same moment; read it again and resend."));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        return unexpected(failure);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure) {
        LOG.error("Unexpected failure answering a request", failure);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error",
                "Something went wrong on our side; nothing was recorded. The request id identifies it in our logs."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(ProblemAdvice::fieldError).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request",
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ".");
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request",
                "The request has invalid parameters.");
        problem.setProperty("errors", invalid.getAllErrors().stream()
                .map(error -> Map.of("message", String.valueOf(error.getDefaultMessage()))).toList());
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own refusals (malformed JSON 400, 404, 405, 406, 413, 415, ...) get our code too.
        HttpStatus known = HttpStatus.resolve(status.value());
        String code = known == null ? "HTTP_" + status.value() : known.name();
        if (known == HttpStatus.BAD_REQUEST && failure instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            code = "MALFORMED_REQUEST";
        }
        String detail = body instanceof ProblemDetail given && given.getDetail() != null ? given.getDetail()
                : (known == null ? "Request refused." : known.getReasonPhrase() + ".");
        if ("MALFORMED_REQUEST".equals(code)) {
            detail = "The request body is not valid JSON for this endpoint (a field has the wrong type, is unknown, or is missing).";
        }
        ProblemDetail problem = problem(HttpStatus.valueOf(status.value()), code,
                known == null ? "Refused" : known.getReasonPhrase(), detail);
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, answerHeaders, status);
    }

    static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }
}
