package org.partnershiprecord.api.agreement;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnershiprecord.api.agreement.AgreementRequests.AgreeTerminationDateRequest;
import org.partnershiprecord.api.agreement.AgreementRequests.EnterIntoAgreementRequest;
import org.partnershiprecord.api.agreement.AgreementRequests.ReviewAgreementRequest;
import org.partnershiprecord.api.agreement.AgreementRequests.TerminateAgreementRequest;
import org.partnershiprecord.api.agreement.AgreementRequests.VaryAgreementRequest;
import org.partnershiprecord.api.common.CommandRequests;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.common.Views;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.agreement.AgreementCommand.AgreeTerminationDate;
import org.partnershiprecord.domain.agreement.AgreementCommand.EnterIntoAgreement;
import org.partnershiprecord.domain.agreement.AgreementCommand.ReviewAgreement;
import org.partnershiprecord.domain.agreement.AgreementCommand.TerminateAgreement;
import org.partnershiprecord.domain.agreement.AgreementCommand.VaryAgreement;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.projections.agreement.AgreementProjection;
import org.partnershiprecord.projections.agreement.AgreementQueries;
import org.partnershiprecord.projections.agreement.AgreementView;
import org.partnershiprecord.projections.agreement.AgreementView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agreements: the legal instruments between a partnership's councils and their life. */
@RestController
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements", description = "Section 113 agreements, delegations, service level agreements: parties,"
        + " reviews, variations, an agreed termination date, termination")
class AgreementController {

    private static final String COLLECTION = "/api/agreements";

    private final CommandDispatcher commands;
    private final AgreementQueries queries;

    AgreementController(CommandDispatcher commands, AgreementQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Record that councils of a partnership entered into an agreement (EnterIntoAgreement)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> enter(@Valid @RequestBody EnterIntoAgreementRequest body,
                                          HttpServletRequest http) {
        AgreementId id = AgreementId.of(body.agreementId());
        return commands.create(new EnterIntoAgreement(id, PartnershipId.of(body.partnershipId()), body.type(),
                body.title(), body.partyCodes(), body.effectiveFrom(), body.resolution().toRef()),
                CommandRequests.from(http), Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "Record a review of the agreement (ReviewAgreement)")
    @PostMapping(path = "/{agreementId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> review(@PathVariable String agreementId,
                                           @Valid @RequestBody ReviewAgreementRequest body, HttpServletRequest http) {
        return commands.update(new ReviewAgreement(AgreementId.of(agreementId), body.reviewedOn(), body.outcome(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record a variation of the agreement (VaryAgreement)")
    @PostMapping(path = "/{agreementId}/variations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> vary(@PathVariable String agreementId,
                                         @Valid @RequestBody VaryAgreementRequest body, HttpServletRequest http) {
        return commands.update(new VaryAgreement(AgreementId.of(agreementId), body.variation(), body.effectiveFrom(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record the date the parties agreed the agreement ends; agreeing again moves it"
            + " (AgreeTerminationDate)")
    @PostMapping(path = "/{agreementId}/termination-date", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> agreeTerminationDate(@PathVariable String agreementId,
                                                         @Valid @RequestBody AgreeTerminationDateRequest body,
                                                         HttpServletRequest http) {
        return commands.update(new AgreeTerminationDate(AgreementId.of(agreementId), body.terminationDate(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the agreement terminated (TerminateAgreement)")
    @PostMapping(path = "/{agreementId}/termination", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> terminate(@PathVariable String agreementId,
                                              @Valid @RequestBody TerminateAgreementRequest body,
                                              HttpServletRequest http) {
        return commands.update(new TerminateAgreement(AgreementId.of(agreementId), body.terminatedOn(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "List agreements, optionally those of one partnership")
    @AsAtView(views = AgreementProjection.class, aggregateType = "Agreement")
    @GetMapping
    List<Summary> all(@Parameter(description = "Only the agreements of this partnership")
                      @RequestParam(required = false) String partnershipId) {
        return queries.all(partnershipId);
    }

    @Operation(summary = "One agreement with its status, termination dates, reviews and variations")
    @AsAtView(views = AgreementProjection.class, aggregateType = "Agreement", idVariable = "agreementId")
    @GetMapping("/{agreementId}")
    ResponseEntity<AgreementView> one(@PathVariable String agreementId) {
        return Views.found(queries.byId(agreementId), "agreement", agreementId, AgreementView::version);
    }
}
