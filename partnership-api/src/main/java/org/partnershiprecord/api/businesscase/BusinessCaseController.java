package org.partnershiprecord.api.businesscase;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.CloseStaffConsultationRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.ConsiderationRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.DecisionRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.ImplementationRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.OpenStaffConsultationRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.ReopeningRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.ResolutionOnlyRequest;
import org.partnershiprecord.api.businesscase.BusinessCaseRequests.SubmitBusinessCaseRequest;
import org.partnershiprecord.api.common.CommandRequests;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.common.Views;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.AdoptIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.CloseStaffConsultation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.DecideBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.EndorseBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.OpenStaffConsultation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.RecordConsideration;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.RecordImplementation;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.ReopenBusinessCase;
import org.partnershiprecord.domain.businesscase.BusinessCaseCommand.SubmitBusinessCase;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.projections.businesscase.BusinessCaseProjection;
import org.partnershiprecord.projections.businesscase.BusinessCaseQueries;
import org.partnershiprecord.projections.businesscase.BusinessCaseView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.SavingsLine;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Business cases: the case for sharing a service, its savings, staff consultation and decision route. */
@RestController
@RequestMapping(path = "/api/business-cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Business cases", description = "The case for sharing a service: savings per authority, staff"
        + " consultation, endorsements, policy-framework adoption, considerations, decision, implementation")
class BusinessCaseController {

    private static final String COLLECTION = "/api/business-cases";

    private final CommandDispatcher commands;
    private final BusinessCaseQueries queries;

    BusinessCaseController(CommandDispatcher commands, BusinessCaseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Put forward a business case for sharing a service, with its savings (SubmitBusinessCase)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> submit(@Valid @RequestBody SubmitBusinessCaseRequest body,
                                           HttpServletRequest http) {
        BusinessCaseId id = BusinessCaseId.of(body.businessCaseId());
        return commands.create(new SubmitBusinessCase(id, PartnershipId.of(body.partnershipId()), body.title(),
                body.service(), body.summary(), body.savingEstimates(), body.submittedOn(), body.exemption()),
                CommandRequests.from(http), Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "Record that a body endorsed the case for further development (EndorseBusinessCase)")
    @PostMapping(path = "/{businessCaseId}/endorsements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> endorse(@PathVariable String businessCaseId,
                                            @Valid @RequestBody ResolutionOnlyRequest body, HttpServletRequest http) {
        return commands.update(new EndorseBusinessCase(BusinessCaseId.of(businessCaseId), body.resolution().toRef()),
                CommandRequests.from(http));
    }

    @Operation(summary = "Record that staff consultation on the case opened (OpenStaffConsultation)")
    @PostMapping(path = "/{businessCaseId}/consultation/opening", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> openConsultation(@PathVariable String businessCaseId,
                                                     @Valid @RequestBody OpenStaffConsultationRequest body,
                                                     HttpServletRequest http) {
        return commands.update(new OpenStaffConsultation(BusinessCaseId.of(businessCaseId), body.openedOn()),
                CommandRequests.from(http));
    }

    @Operation(summary = "Record that staff consultation on the case closed (CloseStaffConsultation)")
    @PostMapping(path = "/{businessCaseId}/consultation/closing", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> closeConsultation(@PathVariable String businessCaseId,
                                                      @Valid @RequestBody CloseStaffConsultationRequest body,
                                                      HttpServletRequest http) {
        return commands.update(new CloseStaffConsultation(BusinessCaseId.of(businessCaseId), body.closedOn()),
                CommandRequests.from(http));
    }

    @Operation(summary = "Record that a council's full council adopted the principle of the case into its policy"
            + " framework (AdoptIntoPolicyFramework)")
    @PostMapping(path = "/{businessCaseId}/policy-framework-adoption", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> adopt(@PathVariable String businessCaseId,
                                          @Valid @RequestBody ResolutionOnlyRequest body, HttpServletRequest http) {
        return commands.update(new AdoptIntoPolicyFramework(BusinessCaseId.of(businessCaseId),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that a body considered the case on its route, other than deciding it"
            + " (RecordConsideration)")
    @PostMapping(path = "/{businessCaseId}/considerations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> consider(@PathVariable String businessCaseId,
                                             @Valid @RequestBody ConsiderationRequest body, HttpServletRequest http) {
        return commands.update(new RecordConsideration(BusinessCaseId.of(businessCaseId), body.role(),
                body.bodyKind(), body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record the decision on the case by a body holding the power to approve business cases"
            + " (DecideBusinessCase)")
    @PostMapping(path = "/{businessCaseId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> decide(@PathVariable String businessCaseId,
                                           @Valid @RequestBody DecisionRequest body, HttpServletRequest http) {
        return commands.update(new DecideBusinessCase(BusinessCaseId.of(businessCaseId), body.outcome(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the approved shared service was put in place (RecordImplementation)")
    @PostMapping(path = "/{businessCaseId}/implementation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> implement(@PathVariable String businessCaseId,
                                              @Valid @RequestBody ImplementationRequest body,
                                              HttpServletRequest http) {
        return commands.update(new RecordImplementation(BusinessCaseId.of(businessCaseId), body.implementedOn(),
                body.notes()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that a decided case was reopened, with the reason (ReopenBusinessCase)")
    @PostMapping(path = "/{businessCaseId}/reopening", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> reopen(@PathVariable String businessCaseId,
                                           @Valid @RequestBody ReopeningRequest body, HttpServletRequest http) {
        return commands.update(new ReopenBusinessCase(BusinessCaseId.of(businessCaseId), body.reason(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Publish an exempt business case by a recorded decision (ReleaseBusinessCaseExemption)")
    @PostMapping(path = "/{businessCaseId}/exemption-release", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> releaseExemption(@PathVariable String businessCaseId,
                                                     @Valid @RequestBody BusinessCaseRequests.ReleaseExemptionRequest body,
                                                     HttpServletRequest http) {
        return commands.update(new org.partnershiprecord.domain.businesscase.BusinessCaseCommand.ReleaseBusinessCaseExemption(
                BusinessCaseId.of(businessCaseId), body.releasedOn(), body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "List business cases, optionally those of one partnership")
    @AsAtView(views = BusinessCaseProjection.class, aggregateType = "BusinessCase")
    @GetMapping
    List<Summary> all(@Parameter(description = "Only the business cases of this partnership")
                      @RequestParam(required = false) String partnershipId) {
        return queries.all(partnershipId);
    }

    @Operation(summary = "Savings the business cases state, per authority per financial year, with each case's part")
    @AsAtView(views = BusinessCaseProjection.class, aggregateType = "BusinessCase")
    @GetMapping("/savings")
    List<SavingsLine> savings(@Parameter(description = "Only the savings of this partnership's business cases")
                              @RequestParam(required = false) String partnershipId) {
        return queries.savings(partnershipId);
    }

    @Operation(summary = "One business case with its savings and its decision route in order")
    @AsAtView(views = BusinessCaseProjection.class, aggregateType = "BusinessCase", idVariable = "businessCaseId")
    @GetMapping("/{businessCaseId}")
    ResponseEntity<BusinessCaseView> one(@PathVariable String businessCaseId) {
        return Views.found(queries.byId(businessCaseId), "business case", businessCaseId, BusinessCaseView::version);
    }
}
