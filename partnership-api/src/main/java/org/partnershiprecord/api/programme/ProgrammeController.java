package org.partnershiprecord.api.programme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnershiprecord.api.common.CommandRequests;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.api.common.Views;
import org.partnershiprecord.api.programme.ProgrammeRequests.AddServiceAreaRequest;
import org.partnershiprecord.api.programme.ProgrammeRequests.DecideArrangementRequest;
import org.partnershiprecord.api.programme.ProgrammeRequests.EndorseDirectionRequest;
import org.partnershiprecord.api.programme.ProgrammeRequests.LaunchProgrammeRequest;
import org.partnershiprecord.api.programme.ProgrammeRequests.NoteServiceDecoupledRequest;
import org.partnershiprecord.api.programme.ProgrammeRequests.RecommendDirectionRequest;
import org.partnershiprecord.api.programme.ProgrammeRequests.SchedulePhaseRequest;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.programme.ProgrammeCommand.AddServiceArea;
import org.partnershiprecord.domain.programme.ProgrammeCommand.DecideServiceArrangement;
import org.partnershiprecord.domain.programme.ProgrammeCommand.EndorseDirectionOfTravel;
import org.partnershiprecord.domain.programme.ProgrammeCommand.LaunchProgramme;
import org.partnershiprecord.domain.programme.ProgrammeCommand.NoteServiceDecoupled;
import org.partnershiprecord.domain.programme.ProgrammeCommand.RecommendDirection;
import org.partnershiprecord.domain.programme.ProgrammeCommand.ScheduleProgrammePhase;
import org.partnershiprecord.projections.programme.ProgrammeProjection;
import org.partnershiprecord.projections.programme.ProgrammeQueries;
import org.partnershiprecord.projections.programme.ProgrammeView;
import org.partnershiprecord.projections.programme.ProgrammeView.ProgrammePhaseView;
import org.partnershiprecord.projections.programme.ProgrammeView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programmes: phases, service areas, recommendations, endorsed directions of travel and decided arrangements. */
@RestController
@RequestMapping(path = "/api/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programmes", description = "Integration or separation in phases: each service area's recommendation, "
        + "endorsed direction of travel and decided arrangement")
class ProgrammeController {

    private static final String COLLECTION = "/api/programmes";

    private final CommandDispatcher commands;
    private final ProgrammeQueries queries;

    ProgrammeController(CommandDispatcher commands, ProgrammeQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Launch a programme of integration or separation for a partnership (LaunchProgramme)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> launch(@Valid @RequestBody LaunchProgrammeRequest body, HttpServletRequest http) {
        ProgrammeId id = ProgrammeId.of(body.programmeId());
        return commands.create(new LaunchProgramme(id, PartnershipId.of(body.partnershipId()), body.kind(),
                body.title(), body.launchedOn(), ResolutionRequest.toRefOrNull(body.resolution())),
                CommandRequests.from(http), Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "Schedule a numbered phase, to be considered by a body on a date (ScheduleProgrammePhase)")
    @PostMapping(path = "/{programmeId}/phases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> schedulePhase(@PathVariable String programmeId,
                                                  @Valid @RequestBody SchedulePhaseRequest body,
                                                  HttpServletRequest http) {
        return commands.update(new ScheduleProgrammePhase(ProgrammeId.of(programmeId), body.phaseNumber(),
                body.title(), body.consideredBy(), body.scheduledConsiderationOn()), CommandRequests.from(http));
    }

    @Operation(summary = "Add a service area to a phase, with its lead officer from each council (AddServiceArea)")
    @PostMapping(path = "/{programmeId}/service-areas", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> addServiceArea(@PathVariable String programmeId,
                                                   @Valid @RequestBody AddServiceAreaRequest body,
                                                   HttpServletRequest http) {
        return commands.update(new AddServiceArea(ProgrammeId.of(programmeId), body.serviceAreaId(), body.name(),
                body.phaseNumber(), body.toLeadOfficers()), CommandRequests.from(http));
    }

    @Operation(summary = "Record the officers' recommendation for a service area; it replaces any earlier one "
            + "(RecommendDirection)")
    @PostMapping(path = "/{programmeId}/service-areas/{serviceAreaId}/recommendation",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> recommend(@PathVariable String programmeId, @PathVariable String serviceAreaId,
                                              @Valid @RequestBody RecommendDirectionRequest body,
                                              HttpServletRequest http) {
        return commands.update(new RecommendDirection(ProgrammeId.of(programmeId), serviceAreaId,
                body.toRecommendation(), body.recommendedBy(), body.recommendedOn()), CommandRequests.from(http));
    }

    @Operation(summary = "Record a body endorsing the direction of travel for service areas of a phase; "
            + "it decides no arrangement (EndorseDirectionOfTravel)")
    @PostMapping(path = "/{programmeId}/phases/{phaseNumber}/direction-of-travel",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> endorse(@PathVariable String programmeId,
                                            @Parameter(description = "The phase number") @PathVariable int phaseNumber,
                                            @Valid @RequestBody EndorseDirectionRequest body,
                                            HttpServletRequest http) {
        return commands.update(new EndorseDirectionOfTravel(ProgrammeId.of(programmeId), phaseNumber,
                body.serviceAreaIdsOrAll(), body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Note that a service area was decoupled by a decision taken elsewhere (NoteServiceDecoupled)")
    @PostMapping(path = "/{programmeId}/service-areas/{serviceAreaId}/decoupling",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> noteDecoupled(@PathVariable String programmeId, @PathVariable String serviceAreaId,
                                                  @Valid @RequestBody NoteServiceDecoupledRequest body,
                                                  HttpServletRequest http) {
        return commands.update(new NoteServiceDecoupled(ProgrammeId.of(programmeId), serviceAreaId, body.decidedBy(),
                body.decoupledOn(), body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record the decision on a service area's final arrangement (DecideServiceArrangement)")
    @PostMapping(path = "/{programmeId}/service-areas/{serviceAreaId}/arrangement",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> decideArrangement(@PathVariable String programmeId,
                                                      @PathVariable String serviceAreaId,
                                                      @Valid @RequestBody DecideArrangementRequest body,
                                                      HttpServletRequest http) {
        return commands.update(new DecideServiceArrangement(ProgrammeId.of(programmeId), serviceAreaId,
                body.arrangement(), body.effectiveFrom(), body.departureReason(), body.resolution().toRef()),
                CommandRequests.from(http));
    }

    @Operation(summary = "List programmes, optionally of one partnership")
    @AsAtView(views = ProgrammeProjection.class, aggregateType = "Programme")
    @GetMapping
    List<Summary> all(@RequestParam(required = false) String partnershipId) {
        return partnershipId == null || partnershipId.isBlank() ? queries.all() : queries.ofPartnership(partnershipId);
    }

    @Operation(summary = "One programme by phase, with every service area's leads, recommendation, endorsed "
            + "direction, noted decoupling and decided arrangement")
    @AsAtView(views = ProgrammeProjection.class, aggregateType = "Programme", idVariable = "programmeId")
    @GetMapping("/{programmeId}")
    ResponseEntity<ProgrammeView> one(@PathVariable String programmeId) {
        return Views.found(queries.byId(programmeId), "programme", programmeId, ProgrammeView::version);
    }

    @Operation(summary = "One phase of a programme with its service areas")
    @AsAtView(views = ProgrammeProjection.class, aggregateType = "Programme", idVariable = "programmeId")
    @GetMapping("/{programmeId}/phases/{phaseNumber}")
    ResponseEntity<ProgrammePhaseView> phase(@PathVariable String programmeId,
                                             @Parameter(description = "The phase number") @PathVariable int phaseNumber) {
        return Views.found(queries.phase(programmeId, phaseNumber),
                "phase " + phaseNumber + " of programme", programmeId, ProgrammePhaseView::version);
    }
}
