package org.partnershiprecord.api.meeting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnershiprecord.api.common.CommandRequests;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.common.Views;
import org.partnershiprecord.api.meeting.MeetingRequests.AddAgendaItemRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.ConditionLapsedRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.ConditionMetRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.ConfirmMinutesRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.CorrectEntryRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.HoldMeetingRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.RecordResolutionRequest;
import org.partnershiprecord.api.meeting.MeetingRequests.RescindResolutionRequest;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.meeting.MeetingCommand.AddAgendaItem;
import org.partnershiprecord.domain.meeting.MeetingCommand.ConfirmMinutes;
import org.partnershiprecord.domain.meeting.MeetingCommand.CorrectEntry;
import org.partnershiprecord.domain.meeting.MeetingCommand.HoldMeeting;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionLapsed;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordConditionMet;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordResolution;
import org.partnershiprecord.domain.meeting.MeetingCommand.RescindResolution;
import org.partnershiprecord.projections.meeting.MeetingProjection;
import org.partnershiprecord.projections.meeting.MeetingQueries;
import org.partnershiprecord.projections.meeting.MeetingView;
import org.partnershiprecord.projections.meeting.MeetingView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings: a body's sitting, its agenda, the resolutions minuted, conditions met or lapsed, confirmation of the
 * minutes, corrections and rescissions. A minute reference in a path ("4(2)", "1(a)") is one path segment; percent-encode it
 * when it holds anything but letters, digits, parentheses, '.', '-' or '_'.
 */
@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings",
        description = "Sittings of bodies: agenda, exempt items, resolutions, conditions, corrections, rescissions")
class MeetingController {

    private static final String COLLECTION = "/api/meetings";
    private static final String MINUTE_REFERENCE =
            "The resolution's minute reference as it now stands, as one path segment, e.g. 1(a) or 1%28a%29";

    private final CommandDispatcher commands;
    private final MeetingQueries queries;

    MeetingController(CommandDispatcher commands, MeetingQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Record that a body sat (HoldMeeting)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> hold(@Valid @RequestBody HoldMeetingRequest body, HttpServletRequest http) {
        MeetingId id = MeetingId.of(body.meetingId());
        return commands.create(new HoldMeeting(id, BodyId.of(body.bodyId()), body.date(), body.title()),
                CommandRequests.from(http), Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "Add an item to the agenda, exempt or in public (AddAgendaItem)")
    @PostMapping(path = "/{meetingId}/agenda-items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> addAgendaItem(@PathVariable String meetingId,
                                                  @Valid @RequestBody AddAgendaItemRequest body, HttpServletRequest http) {
        return commands.update(new AddAgendaItem(MeetingId.of(meetingId), body.itemNumber(), body.title(),
                MeetingRequests.exemption(body.exemptParagraphs())), CommandRequests.from(http));
    }

    @Operation(summary = "Record a resolution under its minute reference (RecordResolution)")
    @PostMapping(path = "/{meetingId}/resolutions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> recordResolution(@PathVariable String meetingId,
                                                     @Valid @RequestBody RecordResolutionRequest body,
                                                     HttpServletRequest http) {
        return commands.update(new RecordResolution(MeetingId.of(meetingId), body.itemNumber(), body.minuteReference(),
                body.action(), body.wording(), body.subjectTo(), body.recommendedTo(),
                MeetingRequests.exemption(body.exemptParagraphs()),
                body.decisionRegister() == null ? null : body.decisionRegister().toDetails()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the condition a resolution was subject to was met (RecordConditionMet)")
    @PostMapping(path = "/{meetingId}/resolutions/{minuteReference}/condition-met",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> conditionMet(@PathVariable String meetingId,
                                                 @Parameter(description = MINUTE_REFERENCE)
                                                 @PathVariable String minuteReference,
                                                 @Valid @RequestBody ConditionMetRequest body, HttpServletRequest http) {
        return commands.update(new RecordConditionMet(MeetingId.of(meetingId), minuteReference, body.metOn(),
                body.evidence()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the condition a resolution was subject to lapsed (RecordConditionLapsed)")
    @PostMapping(path = "/{meetingId}/resolutions/{minuteReference}/condition-lapsed",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> conditionLapsed(@PathVariable String meetingId,
                                                    @Parameter(description = MINUTE_REFERENCE)
                                                    @PathVariable String minuteReference,
                                                    @Valid @RequestBody ConditionLapsedRequest body,
                                                    HttpServletRequest http) {
        return commands.update(new RecordConditionLapsed(MeetingId.of(meetingId), minuteReference, body.lapsedOn(),
                body.reason()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the minutes were confirmed as a correct record (ConfirmMinutes)")
    @PostMapping(path = "/{meetingId}/minutes-confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> confirmMinutes(@PathVariable String meetingId,
                                                   @Valid @RequestBody ConfirmMinutesRequest body,
                                                   HttpServletRequest http) {
        return commands.update(new ConfirmMinutes(MeetingId.of(meetingId), body.resolution().toRef()),
                CommandRequests.from(http));
    }

    @Operation(summary = "Correct one field of a recorded resolution; the original stays in the record (CorrectEntry)")
    @PostMapping(path = "/{meetingId}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> correct(@PathVariable String meetingId, @Valid @RequestBody CorrectEntryRequest body,
                                            HttpServletRequest http) {
        return commands.update(new CorrectEntry(MeetingId.of(meetingId), body.minuteReference(), body.field(),
                body.correctedValue(), body.reason()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that a later resolution of the same body rescinded a resolution; it stays in the"
            + " record, marked (RescindResolution)",
            description = "The rescinding resolution's body (the body that passed the rescinded one) and date are"
                    + " required; its date is on or after the sitting's. A rescinded resolution's condition is no"
                    + " longer met or lapses; what was recorded of it can still be corrected.")
    @PostMapping(path = "/{meetingId}/resolutions/{minuteReference}/rescission",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> rescind(@PathVariable String meetingId,
                                            @Parameter(description = MINUTE_REFERENCE)
                                            @PathVariable String minuteReference,
                                            @Valid @RequestBody RescindResolutionRequest body, HttpServletRequest http) {
        return commands.update(new RescindResolution(MeetingId.of(meetingId), minuteReference,
                body.resolution().toRef(), body.reason()), CommandRequests.from(http));
    }

    @Operation(summary = "Publish exempt information by a recorded decision (ReleaseExemptInformation)")
    @PostMapping(path = "/{meetingId}/exemption-releases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> release(@PathVariable String meetingId,
                                            @Valid @RequestBody MeetingRequests.ReleaseExemptInformationRequest body,
                                            HttpServletRequest http) {
        return commands.update(new org.partnershiprecord.domain.meeting.MeetingCommand.ReleaseExemptInformation(
                MeetingId.of(meetingId), body.itemNumber(), body.minuteReference(), body.documentReference(),
                body.releasedOn(), body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record a document before the meeting, exempt or not (ReferenceDocument)")
    @PostMapping(path = "/{meetingId}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> referenceDocument(@PathVariable String meetingId,
                                                      @Valid @RequestBody MeetingRequests.ReferenceDocumentRequest body,
                                                      HttpServletRequest http) {
        return commands.update(new org.partnershiprecord.domain.meeting.MeetingCommand.ReferenceDocument(
                MeetingId.of(meetingId), body.itemNumber(), body.documentReference(), body.title(),
                body.exemptParagraphs() == null || body.exemptParagraphs().isEmpty() ? null
                        : new org.partnershiprecord.domain.meeting.Exemption(body.exemptParagraphs())),
                CommandRequests.from(http));
    }

    @Operation(summary = "List meetings by date, optionally one body's")
    @AsAtView(views = MeetingProjection.class, aggregateType = "Meeting")
    @GetMapping
    List<Summary> all(@RequestParam(required = false) String bodyId) {
        return queries.all(bodyId);
    }

    @Operation(summary = "One meeting with its agenda, resolutions (as corrected, with their corrections and any"
            + " rescission) and confirmation")
    @AsAtView(views = MeetingProjection.class, aggregateType = "Meeting", idVariable = "meetingId")
    @GetMapping("/{meetingId}")
    ResponseEntity<MeetingView> one(@PathVariable String meetingId) {
        return Views.found(queries.byId(meetingId), "meeting", meetingId, MeetingView::version);
    }
}
