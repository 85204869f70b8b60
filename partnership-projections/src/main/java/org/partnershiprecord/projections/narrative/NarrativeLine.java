package org.partnershiprecord.projections.narrative;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the record in words: the sentence, and the plain facts that show the entry exists
 * (which the exempt-content filter keeps when it withholds the sentence of an exempt entry).
 *
 * @param position         the event's global position in the log
 * @param date             the date the sentence opens with: the date decided, else the event's own date; null when none
 * @param sentence         the entry in words, with who recorded it, when and how
 * @param summary          the kind of entry in words ("Direction of travel endorsed")
 * @param bodyName         the body that resolved it (or that it concerns), as recorded
 * @param minuteReference  the minute it is filed under, for entries of a meeting's minutes
 * @param itemNumber       the agenda item, for entries of a meeting's agenda
 * @param documentReference the document, for entries about a document before a meeting
 * @param exemptParagraphs Schedule 12A paragraphs its content is exempt under ("1,2"), or null
 */
public record NarrativeLine(long position, LocalDate date, String sentence, String summary, String eventType,
                            String aggregateType, String aggregateId, String partnershipId, String bodyId,
                            String bodyName, String minuteReference, String itemNumber, String documentReference,
                            String recordedBy,
                            Instant recordedAt, String clientId, String exemptParagraphs) {
}
