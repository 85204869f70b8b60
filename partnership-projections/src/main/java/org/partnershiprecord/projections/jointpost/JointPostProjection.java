package org.partnershiprecord.projections.jointpost;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.jointpost.CostShare;
import org.partnershiprecord.domain.jointpost.JointPostEvent.AppointmentEnded;
import org.partnershiprecord.domain.jointpost.JointPostEvent.CostSplitAgreed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostAppointed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.JointPostProposed;
import org.partnershiprecord.domain.jointpost.JointPostEvent.SalaryPackageApproved;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.jointpost.JointPostView.CostShareView;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the joint posts view. It only copies what events say: it decides nothing. */
@ProcessingGroup(JointPostProjection.PROCESSING_GROUP)
public class JointPostProjection {

    public static final String PROCESSING_GROUP = "view-posts";

    private final JdbcTemplate jdbc;

    public JointPostProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(JointPostProposed event, @SequenceNumber long version) {
        var range = event.salaryRange();
        // A split stated in the proposal was stated by the proposing resolution.
        var splitStatedBy = event.costSplit() == null || event.costSplit().isEmpty() ? null : event.resolution();
        jdbc.update("""
                INSERT INTO view_post (post_id, partnership_id, title, remit, tier, employing_authority,
                                       served_authorities, salary_minimum_pence, salary_maximum_pence, cost_split,
                                       cost_split_stated_by, approval_required_from, proposed_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.postId().value(), event.partnershipId().value(), event.title(), event.remit(),
                event.tier().name(), event.employingAuthority().value(), codes(event.servedAuthorities()),
                range == null ? null : range.minimum().pence(), range == null ? null : range.maximum().pence(),
                shares(event.costSplit()), JsonColumns.write(ResolutionView.of(splitStatedBy)),
                codes(event.salaryPackageApprovalRequiredFrom()), JsonColumns.write(ResolutionView.of(event.resolution())),
                version);
    }

    @EventHandler
    void on(CostSplitAgreed event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_post SET cost_split = ?, cost_split_stated_by = ?, approval_required_from = ?, version = ?
                 WHERE post_id = ?""",
                shares(event.costSplit()), JsonColumns.write(ResolutionView.of(event.resolution())),
                codes(event.salaryPackageApprovalRequiredFrom()), version, event.postId().value());
    }

    @EventHandler
    void on(SalaryPackageApproved event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_post_salary_approval (post_id, authority_code, approved_on, approved_by)
                VALUES (?, ?, ?, ?)""",
                event.postId().value(), event.authority().value(), Sql.date(event.resolution().decidedOn()),
                JsonColumns.write(ResolutionView.of(event.resolution())));
        touch(event.postId(), version);
    }

    @EventHandler
    void on(JointPostAppointed event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_post_appointment (post_id, appointment_id, person_name, basis, starts_on,
                                                   appointed_by)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.postId().value(), event.appointmentId().value(), event.personName(), event.basis().name(),
                Sql.date(event.startsOn()), JsonColumns.write(ResolutionView.of(event.resolution())));
        touch(event.postId(), version);
    }

    @EventHandler
    void on(AppointmentEnded event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_post_appointment SET ended_on = ?, end_reason = ?, ended_by = ?
                 WHERE post_id = ? AND appointment_id = ?""",
                Sql.date(event.endedOn()), event.reason(), JsonColumns.write(ResolutionView.of(event.resolution())),
                event.postId().value(), event.appointmentId().value());
        touch(event.postId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_post_appointment");
        jdbc.update("DELETE FROM view_post_salary_approval");
        jdbc.update("DELETE FROM view_post");
    }

    private void touch(PostId postId, long version) {
        jdbc.update("UPDATE view_post SET version = ? WHERE post_id = ?", version, postId.value());
    }

    private static String codes(List<AuthorityCode> authorities) {
        return JsonColumns.write(authorities == null ? List.of()
                : authorities.stream().map(AuthorityCode::value).toList());
    }

    private static String shares(List<CostShare> split) {
        return JsonColumns.write(split == null ? List.of() : split.stream()
                .map(share -> new CostShareView(share.authority().value(), share.percent().toPlainString()))
                .toList());
    }
}
