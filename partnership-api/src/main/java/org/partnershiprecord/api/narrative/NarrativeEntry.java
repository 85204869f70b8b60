package org.partnershiprecord.api.narrative;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.projections.narrative.NarrativeLine;

/**
 * One entry of the record in words, with where to read the entity it concerns and the raw event.
 * For a caller not entitled to exempt information, an exempt entry keeps what shows it exists (position,
 * date, body, minute, item, document, paragraphs, who recorded it) and its sentence is withheld, as are its links.
 */
record NarrativeEntry(
        long position,
        @Schema(description = "The date the sentence opens with: the date decided, else the event's own date; null when"
                + " the entry carries none (an agenda item, a correction) or the paper did not state it.")
        LocalDate date,
        @Schema(example = "15 March 2022 — the Joint Shared Services and Personnel Committee, minute (2), endorsed the"
                + " direction of travel for phase 1: Emergency Planning — ongoing partnership. Recorded by j.smith on"
                + " 23 November 2026 via hr-client.")
        String sentence,
        @Schema(example = "Direction of travel endorsed") String summary,
        String eventType,
        String aggregateType,
        String aggregateId,
        String partnershipId,
        String bodyId,
        String bodyName,
        String minuteReference,
        String itemNumber,
        String documentReference,
        String recordedBy,
        Instant recordedAt,
        String clientId,
        @Schema(description = "Schedule 12A paragraphs the entry's content is exempt under, e.g. \"1,2\"; null when"
                + " in public.") String exemptParagraphs,
        @Schema(description = "The entity the entry concerns.", example = "/api/programmes/separation") URI entity,
        @Schema(description = "The raw event in the event feed.", example = "/api/events?after=41&limit=1") URI event) {

    private static final Map<String, String> COLLECTIONS = Map.of("Partnership", "/api/partnerships",
            "Agreement", "/api/agreements", "GovernanceBody", "/api/bodies", "Meeting", "/api/meetings",
            "Programme", "/api/programmes", "JointPost", "/api/posts", "BusinessCase", "/api/business-cases");

    static NarrativeEntry of(NarrativeLine line) {
        return new NarrativeEntry(line.position(), line.date(), line.sentence(), line.summary(), line.eventType(),
                line.aggregateType(), line.aggregateId(), line.partnershipId(), line.bodyId(), line.bodyName(),
                line.minuteReference(), line.itemNumber(), line.documentReference(), line.recordedBy(),
                line.recordedAt(), line.clientId(), line.exemptParagraphs(), entity(line.aggregateType(), line.aggregateId()),
                URI.create("/api/events?after=" + (line.position() - 1) + "&limit=1"));
    }

    /** The aggregate type served under a collection such as {@code /api/posts}, or null. */
    static String aggregateType(String collection) {
        return COLLECTIONS.entrySet().stream().filter(entry -> entry.getValue().equals(collection))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Where the entity of an aggregate is read, or null for an aggregate type the API does not serve. */
    static URI entity(String aggregateType, String aggregateId) {
        String collection = aggregateType == null ? null : COLLECTIONS.get(aggregateType);
        return collection == null || aggregateId == null ? null : Locations.of(collection, aggregateId);
    }
}
