package org.partnershiprecord.projections.partnership;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.partnership.PartnershipEvent.ObjectiveSet;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipCommenced;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipDissolved;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipReviewed;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PrincipleAdopted;
import org.partnershiprecord.domain.partnership.PartnershipEvent.SeparationBegun;
import org.partnershiprecord.domain.partnership.PartnershipStatus;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.partnership.PartnershipView.AssessmentView;
import org.partnershiprecord.projections.partnership.PartnershipView.SavingView;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the partnerships view. It only copies what events say: it decides nothing. */
@ProcessingGroup(PartnershipProjection.PROCESSING_GROUP)
public class PartnershipProjection {

    public static final String PROCESSING_GROUP = "view-partnerships";

    private final JdbcTemplate jdbc;

    public PartnershipProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipFormed event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_partnership (partnership_id, name, status, formed_on, model_of_joint_working, formed_by,
                                              version)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                event.partnershipId().value(), event.name(), PartnershipStatus.FORMING.name(), Sql.date(event.formedOn()),
                event.modelOfJointWorking(), JsonColumns.write(ResolutionView.of(event.resolution())), version);
        int order = 0;
        for (var authority : event.authorities()) {
            jdbc.update("""
                    INSERT INTO view_partnership_authority (partnership_id, authority_code, name, tier, list_order)
                    VALUES (?, ?, ?, ?, ?)""", event.partnershipId().value(), authority.code().value(), authority.name(),
                    authority.tier().name(), order++);
        }
    }

    @EventHandler
    void on(PrincipleAdopted event, @SequenceNumber long version) {
        commitment(event.partnershipId(), "PRINCIPLE", event.number(), event.text(), event.resolution(), version);
    }

    @EventHandler
    void on(ObjectiveSet event, @SequenceNumber long version) {
        commitment(event.partnershipId(), "OBJECTIVE", event.number(), event.text(), event.resolution(), version);
    }

    @EventHandler
    void on(PartnershipReviewed event, @SequenceNumber long version) {
        List<AssessmentView> assessments = event.assessments().stream()
                .map(a -> new AssessmentView(a.subject().name(), a.number(), a.outcome().name(), a.commentary()))
                .toList();
        List<SavingView> savings = event.savings().stream()
                .map(s -> new SavingView(s.authority() == null ? null : s.authority().value(), s.financialYear(),
                        s.amount().pence(), s.amount().inPounds()))
                .toList();
        jdbc.update("""
                INSERT INTO view_partnership_review (partnership_id, review_id, title, reviewed_on, assessments, savings,
                                                     recommendations, received_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                event.partnershipId().value(), event.reviewId(), event.title(), Sql.date(event.reviewedOn()),
                JsonColumns.write(assessments), JsonColumns.write(savings), JsonColumns.write(event.recommendations()),
                JsonColumns.write(ResolutionView.of(event.resolution())));
        touch(event.partnershipId(), version);
    }

    @EventHandler
    void on(PartnershipCommenced event, @SequenceNumber long version) {
        status(event.partnershipId(), PartnershipStatus.ACTIVE, version);
    }

    @EventHandler
    void on(SeparationBegun event, @SequenceNumber long version) {
        status(event.partnershipId(), PartnershipStatus.SEPARATING, version);
    }

    @EventHandler
    void on(PartnershipDissolved event, @SequenceNumber long version) {
        status(event.partnershipId(), PartnershipStatus.DISSOLVED, version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_partnership_review");
        jdbc.update("DELETE FROM view_partnership_commitment");
        jdbc.update("DELETE FROM view_partnership_authority");
        jdbc.update("DELETE FROM view_partnership");
    }

    private void commitment(PartnershipId id, String kind, int number, String text,
                            org.partnershiprecord.domain.common.ResolutionRef resolution, long version) {
        jdbc.update("""
                INSERT INTO view_partnership_commitment (partnership_id, kind, number, text, adopted_by)
                VALUES (?, ?, ?, ?, ?)""", id.value(), kind, number, text,
                JsonColumns.write(ResolutionView.of(resolution)));
        touch(id, version);
    }

    private void status(PartnershipId id, PartnershipStatus status, long version) {
        jdbc.update("UPDATE view_partnership SET status = ?, version = ? WHERE partnership_id = ?", status.name(),
                version, id.value());
    }

    private void touch(PartnershipId id, long version) {
        jdbc.update("UPDATE view_partnership SET version = ? WHERE partnership_id = ?", version, id.value());
    }
}
