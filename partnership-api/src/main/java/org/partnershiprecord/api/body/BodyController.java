package org.partnershiprecord.api.body;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.partnershiprecord.api.body.BodyRequests.AddBodyMemberRequest;
import org.partnershiprecord.api.body.BodyRequests.ConstituteBodyRequest;
import org.partnershiprecord.api.body.BodyRequests.EndBodyMembershipRequest;
import org.partnershiprecord.api.body.BodyRequests.GrantPowerRequest;
import org.partnershiprecord.api.body.BodyRequests.WithdrawPowerRequest;
import org.partnershiprecord.api.common.CommandRequests;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.api.common.Views;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.body.BodyCommand.AddBodyMember;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.EndBodyMembership;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyCommand.WithdrawPower;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.projections.body.BodyProjection;
import org.partnershiprecord.projections.body.BodyQueries;
import org.partnershiprecord.projections.body.BodyView;
import org.partnershiprecord.projections.body.BodyView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Governance bodies: who resolves, the powers they hold over time, and who sits on them. */
@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bodies", description = "Councils, cabinets, joint committees and working groups: powers and members")
class BodyController {

    private static final String COLLECTION = "/api/bodies";

    private final CommandDispatcher commands;
    private final BodyQueries queries;

    BodyController(CommandDispatcher commands, BodyQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Constitute a body of one authority, or a joint one (ConstituteBody)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> constitute(@Valid @RequestBody ConstituteBodyRequest body, HttpServletRequest http) {
        BodyId id = BodyId.of(body.bodyId());
        PartnershipId partnership = body.partnershipId() == null || body.partnershipId().isBlank() ? null
                : PartnershipId.of(body.partnershipId());
        return commands.create(new ConstituteBody(id, body.name(), body.kind(), body.authorityCodes(), partnership,
                body.constitutedOn(), ResolutionRequest.toRefOrNull(body.resolution())), CommandRequests.from(http),
                Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "Grant or delegate a power to a formal body (GrantPower)")
    @PostMapping(path = "/{bodyId}/powers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> grantPower(@PathVariable String bodyId, @Valid @RequestBody GrantPowerRequest body,
                                               HttpServletRequest http) {
        return commands.update(new GrantPower(BodyId.of(bodyId), body.power(), body.grantedFrom(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Withdraw a power the body holds (WithdrawPower)")
    @PostMapping(path = "/{bodyId}/powers/{power}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> withdrawPower(@PathVariable String bodyId,
                                                  @Parameter(description = "The power's name, e.g. APPOINT_JOINT_CHIEF_OFFICERS")
                                                  @PathVariable Power power,
                                                  @Valid @RequestBody WithdrawPowerRequest body, HttpServletRequest http) {
        return commands.update(new WithdrawPower(BodyId.of(bodyId), power, body.withdrawnFrom(),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Record a person sitting on the body for one of its authorities (AddBodyMember)")
    @PostMapping(path = "/{bodyId}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> addMember(@PathVariable String bodyId, @Valid @RequestBody AddBodyMemberRequest body,
                                              HttpServletRequest http) {
        return commands.update(new AddBodyMember(BodyId.of(bodyId), body.membershipId(), body.personName(),
                AuthorityCode.of(body.onBehalfOf()), body.role(), body.from()), CommandRequests.from(http));
    }

    @Operation(summary = "Record that a membership ended (EndBodyMembership)")
    @PostMapping(path = "/{bodyId}/members/{membershipId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> endMembership(@PathVariable String bodyId, @PathVariable String membershipId,
                                                  @Valid @RequestBody EndBodyMembershipRequest body,
                                                  HttpServletRequest http) {
        return commands.update(new EndBodyMembership(BodyId.of(bodyId), membershipId, body.endedOn()),
                CommandRequests.from(http));
    }

    @Operation(summary = "List bodies, optionally those constituted for one partnership")
    @AsAtView(views = BodyProjection.class, aggregateType = "GovernanceBody")
    @GetMapping
    List<Summary> all(@RequestParam(required = false) String partnershipId) {
        return queries.all(partnershipId);
    }

    @Operation(summary = "One body with its authorities, powers over time and memberships")
    @AsAtView(views = BodyProjection.class, aggregateType = "GovernanceBody", idVariable = "bodyId")
    @GetMapping("/{bodyId}")
    ResponseEntity<BodyView> one(@PathVariable String bodyId) {
        return Views.found(queries.byId(bodyId), "body", bodyId, BodyView::version);
    }
}
