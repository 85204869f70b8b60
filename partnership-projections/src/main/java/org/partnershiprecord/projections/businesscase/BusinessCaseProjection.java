package org.partnershiprecord.projections.businesscase;

import java.time.LocalDate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseAdoptedIntoPolicyFramework;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseConsidered;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseDecided;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseEndorsed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseImplemented;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseReopened;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseSubmitted;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationClosed;
import org.partnershiprecord.domain.businesscase.BusinessCaseEvent.StaffConsultationOpened;
import org.partnershiprecord.domain.businesscase.BusinessCaseStage;
import org.partnershiprecord.domain.businesscase.DecisionOutcome;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.RouteStep;
import org.partnershiprecord.projections.common.EventFacts;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the business cases view. It only copies what events say: it decides nothing. The stage moves as
 * the aggregate's does: a consideration moves it only when the scrutiny or personnel committee considered.
 */
@ProcessingGroup(BusinessCaseProjection.PROCESSING_GROUP)
public class BusinessCaseProjection {

    public static final String PROCESSING_GROUP = "view-business-cases";

    private final JdbcTemplate jdbc;

    public BusinessCaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BusinessCaseSubmitted event, @SequenceNumber long version) {
        String id = event.businessCaseId().value();
        jdbc.update("""
                INSERT INTO view_business_case (business_case_id, partnership_id, partnership_name, authorities, title,
                                                service, summary, submitted_on, stage, version, exempt_paragraphs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, event.partnershipId().value(), event.partnershipName(),
                JsonColumns.write(event.authorities().stream().map(AuthorityCode::value).toList()), event.title(),
                event.service(), event.summary(), Sql.date(event.submittedOn()), BusinessCaseStage.SUBMITTED.name(),
                version, EventFacts.exemptParagraphs(event).orElse(null));
        int order = 0;
        for (SavingEstimate saving : event.savings()) {
            jdbc.update("""
                    INSERT INTO view_business_case_saving (business_case_id, list_order, authority_code, financial_year,
                                                           pence)
                    VALUES (?, ?, ?, ?, ?)""", id, order++,
                    saving.authority() == null ? null : saving.authority().value(), saving.financialYear(),
                    saving.amount().pence());
        }
        step(new Step(event.businessCaseId(), version, RouteStep.SUBMITTED, event.submittedOn()));
    }

    /** Released by a recorded decision: no longer exempt information. */
    @EventHandler
    void on(org.partnershiprecord.domain.businesscase.BusinessCaseEvent.BusinessCaseExemptionReleased event,
            @SequenceNumber long version) {
        jdbc.update("UPDATE view_business_case SET exempt_paragraphs = NULL, version = ? WHERE business_case_id = ?",
                version, event.businessCaseId().value());
    }

    @EventHandler
    void on(BusinessCaseEndorsed event, @SequenceNumber long version) {
        step(new Step(event.businessCaseId(), version, RouteStep.ENDORSED, event.resolution()));
        moved(event.businessCaseId(), null, version);
    }

    @EventHandler
    void on(StaffConsultationOpened event, @SequenceNumber long version) {
        step(new Step(event.businessCaseId(), version, RouteStep.STAFF_CONSULTATION_OPENED, event.openedOn()));
        moved(event.businessCaseId(), BusinessCaseStage.UNDER_CONSULTATION, version);
    }

    @EventHandler
    void on(StaffConsultationClosed event, @SequenceNumber long version) {
        step(new Step(event.businessCaseId(), version, RouteStep.STAFF_CONSULTATION_CLOSED, event.closedOn()));
        moved(event.businessCaseId(), BusinessCaseStage.CONSULTATION_CLOSED, version);
    }

    @EventHandler
    void on(BusinessCaseAdoptedIntoPolicyFramework event, @SequenceNumber long version) {
        Step step = new Step(event.businessCaseId(), version, RouteStep.ADOPTED_INTO_POLICY_FRAMEWORK,
                event.resolution());
        step.authority = event.authority().value();
        step(step);
        moved(event.businessCaseId(), null, version);
    }

    @EventHandler
    void on(BusinessCaseConsidered event, @SequenceNumber long version) {
        Step step = new Step(event.businessCaseId(), version, RouteStep.CONSIDERED, event.resolution());
        step.role = event.role().name();
        step.bodyKind = event.consideringBodyKind().name();
        step(step);
        BusinessCaseStage stage = null;
        if (event.consideringBodyKind() == BodyKind.SCRUTINY_COMMITTEE) {
            stage = BusinessCaseStage.CONSIDERED_BY_SCRUTINY;
        } else if (event.consideringBodyKind() == BodyKind.PERSONNEL_COMMITTEE) {
            stage = BusinessCaseStage.CONSIDERED_BY_PERSONNEL_COMMITTEE;
        }
        moved(event.businessCaseId(), stage, version);
    }

    @EventHandler
    void on(BusinessCaseDecided event, @SequenceNumber long version) {
        Step step = new Step(event.businessCaseId(), version, RouteStep.DECIDED, event.resolution());
        step.outcome = event.outcome().name();
        step(step);
        moved(event.businessCaseId(), event.outcome() == DecisionOutcome.APPROVED ? BusinessCaseStage.APPROVED
                : BusinessCaseStage.DECLINED, version);
    }

    @EventHandler
    void on(BusinessCaseImplemented event, @SequenceNumber long version) {
        Step step = new Step(event.businessCaseId(), version, RouteStep.IMPLEMENTED, event.implementedOn());
        step.detail = event.notes();
        step(step);
        moved(event.businessCaseId(), BusinessCaseStage.IMPLEMENTED, version);
    }

    @EventHandler
    void on(BusinessCaseReopened event, @SequenceNumber long version) {
        Step step = new Step(event.businessCaseId(), version, RouteStep.REOPENED, event.resolution());
        step.detail = event.reason();
        step(step);
        moved(event.businessCaseId(), BusinessCaseStage.REOPENED, version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_business_case_step");
        jdbc.update("DELETE FROM view_business_case_saving");
        jdbc.update("DELETE FROM view_business_case");
    }

    private void step(Step step) {
        jdbc.update("""
                INSERT INTO view_business_case_step (business_case_id, sequence_number, step, occurred_on,
                                                     consideration_role, body_kind, authority_code, outcome, detail,
                                                     resolution)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                step.businessCaseId.value(), step.sequence, step.step.name(), Sql.date(step.on), step.role,
                step.bodyKind, step.authority, step.outcome, step.detail,
                JsonColumns.write(ResolutionView.of(step.resolution)));
    }

    /** Records the new version, and the new stage when the event moved it ({@code stage} null: unchanged). */
    private void moved(BusinessCaseId id, BusinessCaseStage stage, long version) {
        if (stage == null) {
            jdbc.update("UPDATE view_business_case SET version = ? WHERE business_case_id = ?", version, id.value());
        } else {
            jdbc.update("UPDATE view_business_case SET stage = ?, version = ? WHERE business_case_id = ?",
                    stage.name(), version, id.value());
        }
    }

    /** A row of the route table: the parts a step does not have stay null. */
    private static final class Step {
        final BusinessCaseId businessCaseId;
        final long sequence;
        final RouteStep step;
        final LocalDate on;
        final ResolutionRef resolution;
        String role;
        String bodyKind;
        String authority;
        String outcome;
        String detail;

        Step(BusinessCaseId businessCaseId, long sequence, RouteStep step, LocalDate on) {
            this(businessCaseId, sequence, step, on, null);
        }

        Step(BusinessCaseId businessCaseId, long sequence, RouteStep step, ResolutionRef resolution) {
            this(businessCaseId, sequence, step, resolution.decidedOn(), resolution);
        }

        private Step(BusinessCaseId businessCaseId, long sequence, RouteStep step, LocalDate on,
                     ResolutionRef resolution) {
            this.businessCaseId = businessCaseId;
            this.sequence = sequence;
            this.step = step;
            this.on = on;
            this.resolution = resolution;
        }
    }
}
