package org.partnershiprecord.api.partnership;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnershiprecord.api.common.CommandRequests;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.common.Views;
import org.partnershiprecord.api.partnership.PartnershipRequests.AssessmentRequest;
import org.partnershiprecord.api.partnership.PartnershipRequests.AuthorityRequest;
import org.partnershiprecord.api.partnership.PartnershipRequests.FormPartnershipRequest;
import org.partnershiprecord.api.partnership.PartnershipRequests.NumberedTextRequest;
import org.partnershiprecord.api.partnership.PartnershipRequests.ReviewRequest;
import org.partnershiprecord.api.partnership.PartnershipRequests.SavingRequest;
import org.partnershiprecord.api.partnership.PartnershipRequests.StatusChangeRequest;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.partnership.PartnershipCommand.AdoptPrinciple;
import org.partnershiprecord.domain.partnership.PartnershipCommand.BeginSeparation;
import org.partnershiprecord.domain.partnership.PartnershipCommand.CommencePartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.DissolvePartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.FormPartnership;
import org.partnershiprecord.domain.partnership.PartnershipCommand.RecordPartnershipReview;
import org.partnershiprecord.domain.partnership.PartnershipCommand.SetObjective;
import org.partnershiprecord.projections.partnership.PartnershipProjection;
import org.partnershiprecord.projections.partnership.PartnershipQueries;
import org.partnershiprecord.projections.partnership.PartnershipView;
import org.partnershiprecord.projections.partnership.PartnershipView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partnerships: forming, principles and objectives, reviews, and the partnership's life. */
@RestController
@RequestMapping(path = "/api/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partnerships", description = "Councils working jointly: who takes part, principles, objectives, reviews")
class PartnershipController {

    private static final String COLLECTION = "/api/partnerships";

    private final CommandDispatcher commands;
    private final PartnershipQueries queries;

    PartnershipController(CommandDispatcher commands, PartnershipQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Form a partnership of two or more councils (FormPartnership)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> form(@Valid @RequestBody FormPartnershipRequest body, HttpServletRequest http) {
        PartnershipId id = PartnershipId.of(body.partnershipId());
        return commands.create(new FormPartnership(id, body.name(),
                body.authorities().stream().map(AuthorityRequest::toAuthority).toList(), body.formedOn(),
                body.modelOfJointWorking(), body.resolution().toRef()), CommandRequests.from(http),
                Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "Adopt a numbered principle of joint working (AdoptPrinciple)")
    @PostMapping(path = "/{partnershipId}/principles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> adoptPrinciple(@PathVariable String partnershipId,
                                                   @Valid @RequestBody NumberedTextRequest body, HttpServletRequest http) {
        return commands.update(new AdoptPrinciple(PartnershipId.of(partnershipId), body.number(), body.text(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Set a numbered programme objective (SetObjective)")
    @PostMapping(path = "/{partnershipId}/objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> setObjective(@PathVariable String partnershipId,
                                                 @Valid @RequestBody NumberedTextRequest body, HttpServletRequest http) {
        return commands.update(new SetObjective(PartnershipId.of(partnershipId), body.number(), body.text(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record a gateway or annual review with its assessments and savings (RecordPartnershipReview)")
    @PostMapping(path = "/{partnershipId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> review(@PathVariable String partnershipId, @Valid @RequestBody ReviewRequest body,
                                           HttpServletRequest http) {
        return commands.update(new RecordPartnershipReview(PartnershipId.of(partnershipId), body.reviewId(),
                body.title(), body.reviewedOn(),
                body.assessments() == null ? List.of() : body.assessments().stream().map(AssessmentRequest::toAssessment).toList(),
                body.savings() == null ? List.of() : body.savings().stream().map(SavingRequest::toSaving).toList(),
                body.recommendations(), body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the partnership commenced (CommencePartnership)")
    @PostMapping(path = "/{partnershipId}/commencement", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> commence(@PathVariable String partnershipId,
                                             @Valid @RequestBody StatusChangeRequest body, HttpServletRequest http) {
        return commands.update(new CommencePartnership(PartnershipId.of(partnershipId), body.on(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that separation began (BeginSeparation)")
    @PostMapping(path = "/{partnershipId}/separation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> separate(@PathVariable String partnershipId,
                                             @Valid @RequestBody StatusChangeRequest body, HttpServletRequest http) {
        return commands.update(new BeginSeparation(PartnershipId.of(partnershipId), body.on(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that the partnership was dissolved (DissolvePartnership)")
    @PostMapping(path = "/{partnershipId}/dissolution", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> dissolve(@PathVariable String partnershipId,
                                             @Valid @RequestBody StatusChangeRequest body, HttpServletRequest http) {
        return commands.update(new DissolvePartnership(PartnershipId.of(partnershipId), body.on(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "List partnerships")
    @AsAtView(views = PartnershipProjection.class, aggregateType = "Partnership")
    @GetMapping
    List<Summary> all() {
        return queries.all();
    }

    @Operation(summary = "One partnership with its authorities, principles, objectives and reviews")
    @AsAtView(views = PartnershipProjection.class, aggregateType = "Partnership", idVariable = "partnershipId")
    @GetMapping("/{partnershipId}")
    ResponseEntity<PartnershipView> one(@PathVariable String partnershipId) {
        return Views.found(queries.byId(partnershipId), "partnership", partnershipId, PartnershipView::version);
    }
}
