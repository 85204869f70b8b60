package org.partnershiprecord.projections.common;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.TypedId;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRecorded;

/**
 * Reads the facts that cut across event types (the partnership, the body, the resolution) from
 * any event record by its component names, so cross-cutting views (audit trail, decision register)
 * need no list of event types that would go stale when one is added.
 */
public final class EventFacts {

    private EventFacts() {
    }

    public static Optional<String> partnershipId(Object event) {
        return component(event, "partnershipId").map(EventFacts::text);
    }

    public static Optional<String> bodyId(Object event) {
        return component(event, "bodyId").map(EventFacts::text);
    }

    /** The resolution an event carries: its {@code resolution} component, or a meeting's recorded resolution. */
    public static Optional<ResolutionView> resolution(Object event) {
        if (event instanceof ResolutionRecorded recorded) {
            return Optional.of(new ResolutionView(recorded.bodyId().value(), recorded.bodyName(),
                    recorded.meetingDate(), recorded.minuteReference(), recorded.wording(), recorded.subjectTo()));
        }
        return component(event, "resolution").filter(ResolutionRef.class::isInstance)
                .map(ref -> ResolutionView.of((ResolutionRef) ref));
    }

    /**
     * The dates, by component name, on which an event's step itself happened (not the future date it
     * takes effect from, such as {@code effectiveFrom} or {@code startsOn}), in order of preference.
     */
    private static final List<String> OCCURRED_ON = List.of("meetingDate", "date", "constitutedOn", "formedOn",
            "launchedOn", "reviewedOn", "commencedOn", "begunOn", "dissolvedOn", "recommendedOn", "decoupledOn",
            "submittedOn", "openedOn", "closedOn", "implementedOn", "metOn", "lapsedOn", "releasedOn", "endedOn",
            "from", "terminatedOn", "grantedFrom", "withdrawnFrom");

    /**
     * The date an event's decision was taken, as the record states it: the date of the resolution it
     * carries (or confirms or rescinds by), else the date its step happened. Empty for undated facts
     * (an agenda item, a service area, a correction of recorded details) and where the papers do not
     * state the date.
     */
    public static Optional<LocalDate> decidedOn(Object event) {
        for (String name : List.of("resolution", "confirmedBy", "rescindedBy")) {
            Optional<LocalDate> resolved = component(event, name).filter(ResolutionRef.class::isInstance)
                    .map(ref -> ((ResolutionRef) ref).decidedOn());
            if (resolved.isPresent()) {
                return resolved;
            }
        }
        for (String name : OCCURRED_ON) {
            Optional<LocalDate> date = component(event, name).filter(LocalDate.class::isInstance)
                    .map(LocalDate.class::cast);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The Schedule 12A paragraphs an event's content is exempt under, or empty when it is not exempt. */
    public static Optional<String> exemptParagraphs(Object event) {
        return component(event, "exemption").map(exemption -> component(exemption, "paragraphs")
                .map(paragraphs -> paragraphs.toString().replaceAll("[\\[\\] ]", "")).orElse(null));
    }

    private static Optional<Object> component(Object value, String name) {
        if (value == null || !value.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return Optional.ofNullable(component.getAccessor().invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + name + " of " + value.getClass(), e);
                }
            }
        }
        return Optional.empty();
    }

    private static String text(Object id) {
        return id instanceof TypedId typed ? typed.value() : id.toString();
    }

    /** "DirectionOfTravelEndorsed" becomes "Direction of travel endorsed". */
    public static String humanise(String eventType) {
        String words = eventType.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
