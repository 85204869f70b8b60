package org.partnershiprecord.api.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.partnershiprecord.api.disclosure.ExemptContentFilter;
import org.partnershiprecord.api.feed.EventFeed;
import org.partnershiprecord.api.feed.EventFeed.FeedEvent;
import org.partnershiprecord.projections.popolo.PopoloExport;
import org.partnershiprecord.projections.register.DecisionRegisterEntry;
import org.partnershiprecord.projections.register.DecisionRegisterQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Exports for archives and open-data tools: the event log as JSON Lines, the decision register as CSV. */
@RestController
@Tag(name = "Export", description = "The event log as JSON Lines, the decision register as CSV, people as Popolo")
class ExportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 1000;

    private final EventFeed feed;
    private final DecisionRegisterQueries register;
    private final ExemptContentFilter exemptContent;
    private final PopoloExport popolo;

    ExportController(EventFeed feed, DecisionRegisterQueries register, ExemptContentFilter exemptContent,
                     PopoloExport popolo) {
        this.feed = feed;
        this.register = register;
        this.exemptContent = exemptContent;
        this.popolo = popolo;
    }

    @Operation(summary = "Posts, appointments, bodies and memberships as Popolo JSON",
            description = "Councils and bodies as organizations, joint posts as posts, appointments and seats on bodies "
                    + "as memberships (on_behalf_of_id: the council a member sits for), for open-data tools.")
    @GetMapping(path = "/api/exports/popolo", produces = MediaType.APPLICATION_JSON_VALUE)
    PopoloExport.Document popolo(@RequestParam(required = false) String partnershipId) {
        return popolo.export(blank(partnershipId));
    }

    @Operation(summary = "The event log as JSON Lines, from a position",
            description = "One event per line in global order, as the feed gives them; resume with after = the last "
                    + "position received. Exempt content is withheld unless you may see it, so only the monitoring "
                    + "officer's export is complete enough to restore from.")
    @GetMapping(path = "/api/exports/events", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> events(@Parameter(description = "Export events after this position")
                                                 @RequestParam(defaultValue = "0") @Min(0) long after) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        StreamingResponseBody body = out -> {
            long position = after;
            while (true) {
                EventFeed.FeedPage page = feed.after(position, PAGE);
                for (FeedEvent event : page.events()) {
                    out.write(JSON.writeValueAsBytes(exemptContent.filter(event, caller)));
                    out.write('\n');
                }
                out.flush();
                if (page.events().isEmpty()) {
                    return;
                }
                position = page.last();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.jsonl\"").body(body);
    }

    @Operation(summary = "The decision register as CSV",
            description = "One row per resolution: body, date, minute, wording, condition, what it did. Filters as "
                    + "GET /api/decision-register.")
    @GetMapping(path = "/api/exports/decision-register.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> decisionRegister(
            @RequestParam(required = false) String partnershipId, @RequestParam(required = false) String bodyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        @SuppressWarnings("unchecked")
        List<DecisionRegisterEntry> entries = (List<DecisionRegisterEntry>) exemptContent.filter(
                register.entries(new DecisionRegisterQueries.Filter(blank(partnershipId), blank(bodyId), from, to)),
                caller);
        StreamingResponseBody body = out -> writeCsv(out, entries);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decision-register.csv\"").body(body);
    }

    static void writeCsv(OutputStream out, List<DecisionRegisterEntry> entries) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write("decided_on,body_id,body_name,minute_reference,action,wording,subject_to,condition_status,"
                + "partnership_id,exempt_paragraphs,corrected,effects,rescinded,rescinded_by\r\n");
        for (DecisionRegisterEntry entry : entries) {
            String effects = String.join("; ", entry.effects().stream()
                    .map(e -> e.eventType() + " " + e.aggregateType() + " " + e.aggregateId() + " @" + e.position())
                    .toList());
            csv.write(String.join(",", cell(entry.decidedOn()), cell(entry.bodyId()), cell(entry.bodyName()),
                    cell(entry.minuteReference()), cell(entry.action()), cell(entry.wording()), cell(entry.subjectTo()),
                    cell(entry.conditionStatus()), cell(entry.partnershipId()), cell(entry.exemptParagraphs()),
                    cell(entry.corrected()), cell(effects), cell(entry.rescinded()), cell(rescindedBy(entry))));
            csv.write("\r\n");
        }
        csv.flush();
    }

    /** "Joint Shared Services and Personnel Committee, minute (6), 2022-06-14", or nothing while it stands. */
    private static String rescindedBy(DecisionRegisterEntry entry) {
        if (entry.rescission() == null || entry.rescission().rescindedBy() == null) {
            return null;
        }
        var by = entry.rescission().rescindedBy();
        return by.bodyName() + (by.minuteReference() != null ? ", minute " + by.minuteReference() : "") + ", "
                + by.decidedOn();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
