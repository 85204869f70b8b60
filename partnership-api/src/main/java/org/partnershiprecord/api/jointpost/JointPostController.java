package org.partnershiprecord.api.jointpost;

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
import org.partnershiprecord.api.jointpost.JointPostRequests.AppointmentRequest;
import org.partnershiprecord.api.jointpost.JointPostRequests.CostSplitRequest;
import org.partnershiprecord.api.jointpost.JointPostRequests.EndAppointmentRequest;
import org.partnershiprecord.api.jointpost.JointPostRequests.ProposeJointPostRequest;
import org.partnershiprecord.api.jointpost.JointPostRequests.SalaryApprovalRequest;
import org.partnershiprecord.api.record.CommandDispatcher;
import org.partnershiprecord.api.record.CommandDispatcher.CommandAccepted;
import org.partnershiprecord.api.views.AsAtView;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.jointpost.JointPostCommand.AgreeCostSplit;
import org.partnershiprecord.domain.jointpost.JointPostCommand.AppointJointPost;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ApproveSalaryPackage;
import org.partnershiprecord.domain.jointpost.JointPostCommand.EndAppointment;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ProposeJointPost;
import org.partnershiprecord.projections.jointpost.JointPostProjection;
import org.partnershiprecord.projections.jointpost.JointPostQueries;
import org.partnershiprecord.projections.jointpost.JointPostView;
import org.partnershiprecord.projections.jointpost.JointPostView.PostAppointments;
import org.partnershiprecord.projections.jointpost.JointPostView.Summary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Joint posts: proposal, cost split, salary package approvals, and appointments over time. */
@RestController
@RequestMapping(path = "/api/posts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Joint posts", description = "Posts serving several councils: who employs and pays, salary package"
        + " approvals by full council, and appointments")
class JointPostController {

    private static final String COLLECTION = "/api/posts";

    private final CommandDispatcher commands;
    private final JointPostQueries queries;

    JointPostController(CommandDispatcher commands, JointPostQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Propose a post in a partnership's structure (ProposeJointPost)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> propose(@Valid @RequestBody ProposeJointPostRequest body, HttpServletRequest http) {
        PostId id = PostId.of(body.postId());
        return commands.create(new ProposeJointPost(id, PartnershipId.of(body.partnershipId()), body.title(),
                body.remit(), body.tier(), AuthorityCode.of(body.employingAuthority()), body.served(), body.range(),
                body.split(), body.resolution().toRef()), CommandRequests.from(http), Locations.of(COLLECTION, id.value()));
    }

    @Operation(summary = "State or replace how the post's cost is split between the paying authorities (AgreeCostSplit)")
    @PostMapping(path = "/{postId}/cost-split", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> agreeCostSplit(@PathVariable String postId, @Valid @RequestBody CostSplitRequest body,
                                                   HttpServletRequest http) {
        return commands.update(new AgreeCostSplit(PostId.of(postId), body.split(), body.resolution().toRef()),
                CommandRequests.from(http));
    }

    @Operation(summary = "Record a paying authority's full council approving the salary package (ApproveSalaryPackage)")
    @PostMapping(path = "/{postId}/salary-approvals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> approveSalaryPackage(@PathVariable String postId,
                                                         @Valid @RequestBody SalaryApprovalRequest body,
                                                         HttpServletRequest http) {
        return commands.update(new ApproveSalaryPackage(PostId.of(postId), AuthorityCode.of(body.authority()),
                body.resolution().toRef()), CommandRequests.from(http));
    }

    @Operation(summary = "Appoint a person to the post, interim or permanent (AppointJointPost)")
    @PostMapping(path = "/{postId}/appointments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> appoint(@PathVariable String postId, @Valid @RequestBody AppointmentRequest body,
                                            HttpServletRequest http) {
        return commands.update(new AppointJointPost(PostId.of(postId), AppointmentId.of(body.appointmentId()),
                body.personName(), body.basis(), body.startsOn(), body.resolution().toRef()),
                CommandRequests.from(http));
    }

    @Operation(summary = "Record that an appointment to the post ended (EndAppointment)")
    @PostMapping(path = "/{postId}/appointments/{appointmentId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandAccepted> endAppointment(@PathVariable String postId, @PathVariable String appointmentId,
                                                   @Valid @RequestBody EndAppointmentRequest body,
                                                   HttpServletRequest http) {
        return commands.update(new EndAppointment(PostId.of(postId), AppointmentId.of(appointmentId), body.endedOn(),
                body.reason(), ResolutionRequest.toRefOrNull(body.resolution())), CommandRequests.from(http));
    }

    @Operation(summary = "List joint posts, optionally of one partnership and by whether they are held now")
    @AsAtView(views = JointPostProjection.class, aggregateType = "JointPost")
    @GetMapping
    List<Summary> all(
            @Parameter(description = "Only the posts of this partnership.") @RequestParam(required = false)
            String partnershipId,
            @Parameter(description = "true: only posts with a current appointment (no end recorded); false: only"
                    + " posts without one.") @RequestParam(required = false) Boolean current) {
        return queries.all(partnershipId, current);
    }

    @Operation(summary = "One joint post with its cost split, salary package approvals and appointments")
    @AsAtView(views = JointPostProjection.class, aggregateType = "JointPost", idVariable = "postId")
    @GetMapping("/{postId}")
    ResponseEntity<JointPostView> one(@PathVariable String postId) {
        return Views.found(queries.byId(postId), "post", postId, JointPostView::version);
    }

    @Operation(summary = "Every appointment to a joint post, current and past, in the order they started")
    @AsAtView(views = JointPostProjection.class, aggregateType = "JointPost", idVariable = "postId")
    @GetMapping("/{postId}/appointments")
    ResponseEntity<PostAppointments> appointments(@PathVariable String postId) {
        return Views.found(queries.appointments(postId), "post", postId, PostAppointments::version);
    }
}
