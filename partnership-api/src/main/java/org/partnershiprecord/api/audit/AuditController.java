package org.partnershiprecord.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.projections.audit.AuditEntry;
import org.partnershiprecord.projections.audit.AuditTrailProjection;
import org.partnershiprecord.projections.audit.AuditTrailQueries;
import org.partnershiprecord.projections.register.DecisionRegisterEntry;
import org.partnershiprecord.projections.register.DecisionRegisterProjection;
import org.partnershiprecord.projections.register.DecisionRegisterQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail and the decision register: who decided what, when, on whose authority, recorded by whom. */
@RestController
@Tag(name = "Audit", description = "The audit trail of every event, and the decision register of every resolution")
class AuditController {

    private final AuditTrailQueries audit;
    private final DecisionRegisterQueries register;

    AuditController(AuditTrailQueries audit, DecisionRegisterQueries register) {
        this.audit = audit;
        this.register = register;
    }

    /** A page of the audit trail; {@code next} is the query for the following page, null at the end. */
    record AuditPage(List<AuditEntry> entries, Long nextAfter) {
    }

    @Operation(summary = "The audit trail: every event in order, with who resolved it and who recorded it",
            description = "Filter by partnership, aggregate, body (the body concerned or the one resolving), recorder and "
                    + "the time recorded (from inclusive, to exclusive). Page with after = nextAfter.")
    @AsAtView(views = AuditTrailProjection.class)
    @GetMapping(path = "/api/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditPage auditTrail(@RequestParam(required = false) String partnershipId,
                         @RequestParam(required = false) String aggregateId,
                         @RequestParam(required = false) String bodyId,
                         @RequestParam(required = false) String recordedBy,
                         @Parameter(description = "ISO instant, e.g. 2026-01-01T00:00:00Z")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                         @RequestParam(defaultValue = "0") @Min(0) long after,
                         @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiProblem.badRequest("INVALID_RANGE", "'from' must be before 'to'.");
        }
        List<AuditEntry> entries = audit.page(new AuditTrailQueries.Filter(blank(partnershipId), blank(aggregateId),
                blank(bodyId), blank(recordedBy), from, to), after, limit);
        Long next = entries.size() == limit ? entries.get(entries.size() - 1).position() : null;
        return new AuditPage(entries, next);
    }

    @Operation(summary = "The decision register: every resolution by body and meeting, with what it did",
            description = "Filter by partnership, resolving body and decision date (inclusive).")
    @AsAtView(views = DecisionRegisterProjection.class)
    @GetMapping(path = "/api/decision-register", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DecisionRegisterEntry> decisionRegister(@RequestParam(required = false) String partnershipId,
                                                 @RequestParam(required = false) String bodyId,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return register.entries(new DecisionRegisterQueries.Filter(blank(partnershipId), blank(bodyId), from, to));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
