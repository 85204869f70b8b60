package org.partnershiprecord.projections.agreement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementEntered;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementReviewed;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementTerminated;
import org.partnershiprecord.domain.agreement.AgreementEvent.AgreementVaried;
import org.partnershiprecord.domain.agreement.AgreementEvent.TerminationDateAgreed;
import org.partnershiprecord.domain.agreement.AgreementStatus;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the agreements view. It only copies what events say: it decides nothing. */
@ProcessingGroup(AgreementProjection.PROCESSING_GROUP)
public class AgreementProjection {

    public static final String PROCESSING_GROUP = "view-agreements";

    private final JdbcTemplate jdbc;

    public AgreementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgreementEntered event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_agreement (agreement_id, partnership_id, agreement_type, title, parties, effective_from,
                                            status, entered_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.agreementId().value(), event.partnershipId().value(), event.type().name(), event.title(),
                JsonColumns.write(event.parties().stream().map(AuthorityCode::value).toList()),
                Sql.date(event.effectiveFrom()), AgreementStatus.IN_FORCE.name(),
                JsonColumns.write(ResolutionView.of(event.resolution())), version);
    }

    @EventHandler
    void on(AgreementReviewed event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_agreement_review (agreement_id, sequence_number, reviewed_on, outcome, received_by)
                VALUES (?, ?, ?, ?, ?)""",
                event.agreementId().value(), version, Sql.date(event.reviewedOn()), event.outcome(),
                JsonColumns.write(ResolutionView.of(event.resolution())));
        touch(event.agreementId(), version);
    }

    @EventHandler
    void on(AgreementVaried event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_agreement_variation (agreement_id, sequence_number, variation, effective_from, varied_by)
                VALUES (?, ?, ?, ?, ?)""",
                event.agreementId().value(), version, event.variation(), Sql.date(event.effectiveFrom()),
                JsonColumns.write(ResolutionView.of(event.resolution())));
        touch(event.agreementId(), version);
    }

    @EventHandler
    void on(TerminationDateAgreed event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_agreement_termination_date (agreement_id, sequence_number, termination_date,
                                                             previous_termination_date, agreed_by)
                VALUES (?, ?, ?, ?, ?)""",
                event.agreementId().value(), version, Sql.date(event.terminationDate()),
                Sql.date(event.previousTerminationDate()), JsonColumns.write(ResolutionView.of(event.resolution())));
        jdbc.update("""
                UPDATE view_agreement SET status = ?, agreed_termination_date = ?, version = ? WHERE agreement_id = ?""",
                AgreementStatus.TERMINATION_AGREED.name(), Sql.date(event.terminationDate()), version,
                event.agreementId().value());
    }

    @EventHandler
    void on(AgreementTerminated event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_agreement SET status = ?, terminated_on = ?, terminated_by = ?, version = ?
                 WHERE agreement_id = ?""",
                AgreementStatus.TERMINATED.name(), Sql.date(event.terminatedOn()),
                JsonColumns.write(ResolutionView.of(event.resolution())), version, event.agreementId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_agreement_termination_date");
        jdbc.update("DELETE FROM view_agreement_variation");
        jdbc.update("DELETE FROM view_agreement_review");
        jdbc.update("DELETE FROM view_agreement");
    }

    private void touch(AgreementId id, long version) {
        jdbc.update("UPDATE view_agreement SET version = ? WHERE agreement_id = ?", version, id.value());
    }
}
