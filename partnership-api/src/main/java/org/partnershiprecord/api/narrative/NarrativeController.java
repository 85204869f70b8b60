package org.partnershiprecord.api.narrative;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnershiprecord.api.disclosure.ExemptContentFilter;
import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.projections.narrative.NarrativeLine;
import org.partnershiprecord.projections.narrative.NarrativeQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The record in words, for the monitoring officer and councillors: every entry as one English sentence
 * with who decided it, when, and who recorded it; and the history of one entity. Exempt entries are
 * withheld like every other read (JSON through the central advice, CSV through the filter here).
 */
@RestController
@Tag(name = "Record", description = "The record in words: each entry as a sentence, and the history of one entity")
class NarrativeController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int CSV_PAGE = 1000;

    private final NarrativeQueries narrative;
    private final ExemptContentFilter exemptContent;

    NarrativeController(NarrativeQueries narrative, ExemptContentFilter exemptContent) {
        this.narrative = narrative;
        this.exemptContent = exemptContent;
    }

    /** A page of the record; {@code nextAfter} is the {@code after} of the following page, null at the end. */
    record RecordPage(List<NarrativeEntry> entries, Long nextAfter) {
    }

    /** Every entry of one entity, in order. */
    record History(String aggregateType, String aggregateId, URI entity, List<NarrativeEntry> entries) {
    }

    @Operation(summary = "The record in words: every entry as one sentence, in order",
            description = "Filter by partnership, aggregate, body (the body concerned or the one resolving) and the date an"
                    + " entry speaks of (the date decided, else the event's own date; from and to inclusive; entries"
                    + " without a date are left out when either is given). Page with after = nextAfter. Ask with"
                    + " Accept: text/csv (or GET /api/record.csv) for CSV.")
    @GetMapping(path = "/api/record", produces = MediaType.APPLICATION_JSON_VALUE)
    RecordPage record(@RequestParam(required = false) String partnershipId,
                      @RequestParam(required = false) String aggregateId,
                      @RequestParam(required = false) String bodyId,
                      @Parameter(description = "ISO date, e.g. 2022-03-01")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @Parameter(description = "Entries after this position (0 = from the start)")
                      @RequestParam(defaultValue = "0") @Min(0) long after,
                      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        NarrativeQueries.Page page = narrative.page(filter(partnershipId, aggregateId, bodyId, from, to), after, limit);
        return new RecordPage(entries(page.lines()), page.nextAfter());
    }

    @Operation(summary = "The record in words as CSV",
            description = "The same entries and filters as GET /api/record, one row per entry. Without a limit the whole"
                    + " record from 'after' on; with one, a page (the X-Next-After header gives the next 'after').")
    @GetMapping(path = {"/api/record", "/api/record.csv"}, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> recordCsv(
            @RequestParam(required = false) String partnershipId,
            @RequestParam(required = false) String aggregateId,
            @RequestParam(required = false) String bodyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @Parameter(description = "At most this many rows; omit for the whole record")
            @RequestParam(required = false) @Min(1) @Max(1000) Integer limit) {
        NarrativeQueries.Filter filter = filter(partnershipId, aggregateId, bodyId, from, to);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"record.csv\"");
        if (limit != null) {
            NarrativeQueries.Page page = narrative.page(filter, after, limit);
            List<NarrativeEntry> rows = withheld(entries(page.lines()), caller);
            if (page.nextAfter() != null) {
                answer.header("X-Next-After", page.nextAfter().toString());
            }
            return answer.body(out -> {
                Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                csv.write(RecordCsv.HEADER);
                RecordCsv.write(csv, rows);
                csv.flush();
            });
        }
        return answer.body(out -> {
            Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv.write(RecordCsv.HEADER);
            Long position = after;
            while (position != null) {
                NarrativeQueries.Page page = narrative.page(filter, position, CSV_PAGE);
                RecordCsv.write(csv, withheld(entries(page.lines()), caller));
                csv.flush();
                position = page.nextAfter();
            }
        });
    }

    @Operation(summary = "The history of one entity in words: every entry of a partnership, agreement, body, meeting,"
            + " programme, post or business case, in order")
    @GetMapping(path = "/api/history/{aggregateId}", produces = MediaType.APPLICATION_JSON_VALUE)
    History history(@PathVariable String aggregateId) {
        return history(aggregateId, null);
    }

    @Operation(summary = "The history of one entity in words, read under the entity's own address (404 when the id"
            + " is not an entity of that kind)")
    @GetMapping(path = {"/api/partnerships/{aggregateId}/history", "/api/agreements/{aggregateId}/history",
            "/api/bodies/{aggregateId}/history", "/api/meetings/{aggregateId}/history",
            "/api/programmes/{aggregateId}/history", "/api/posts/{aggregateId}/history",
            "/api/business-cases/{aggregateId}/history"}, produces = MediaType.APPLICATION_JSON_VALUE)
    History entityHistory(@PathVariable String aggregateId, HttpServletRequest request) {
        String collection = request.getRequestURI().substring(0, request.getRequestURI().indexOf('/', "/api/".length()));
        return history(aggregateId, NarrativeEntry.aggregateType(collection));
    }

    @Operation(summary = "The history of one service area of a programme in words: every entry that names it or"
            + " includes it (an endorsed direction of travel for its phase), in order")
    @GetMapping(path = "/api/programmes/{programmeId}/service-areas/{serviceAreaId}/history",
            produces = MediaType.APPLICATION_JSON_VALUE)
    History serviceAreaHistory(@PathVariable String programmeId, @PathVariable String serviceAreaId) {
        List<NarrativeLine> lines = narrative.serviceAreaHistory(programmeId, serviceAreaId);
        if (lines.isEmpty()) {
            throw ApiProblem.notFound("service area " + serviceAreaId + " of programme", programmeId);
        }
        return new History("Programme", programmeId, NarrativeEntry.entity("Programme", programmeId), entries(lines));
    }

    private History history(String aggregateId, String expectedType) {
        List<NarrativeLine> lines = narrative.history(aggregateId);
        if (lines.isEmpty() || expectedType != null && !expectedType.equals(lines.get(0).aggregateType())) {
            throw ApiProblem.notFound("entity", aggregateId);
        }
        String aggregateType = lines.get(0).aggregateType();
        return new History(aggregateType, aggregateId, NarrativeEntry.entity(aggregateType, aggregateId),
                entries(lines));
    }

    private static NarrativeQueries.Filter filter(String partnershipId, String aggregateId, String bodyId,
                                                  LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.badRequest("INVALID_RANGE", "'from' must be on or before 'to'.");
        }
        return new NarrativeQueries.Filter(blank(partnershipId), blank(aggregateId), blank(bodyId), from, to);
    }

    private static List<NarrativeEntry> entries(List<NarrativeLine> lines) {
        return lines.stream().map(NarrativeEntry::of).toList();
    }

    @SuppressWarnings("unchecked")
    private List<NarrativeEntry> withheld(List<NarrativeEntry> entries, Authentication caller) {
        return (List<NarrativeEntry>) exemptContent.filter(entries, caller);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
