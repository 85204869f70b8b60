package org.partnershiprecord.projections.programme;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.programme.EndorsedDirection;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionOfTravelEndorsed;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionRecommended;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammeLaunched;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammePhaseScheduled;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceAreaAdded;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceArrangementDecided;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceDecouplingNoted;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.programme.ProgrammeView.LeadView;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the programmes view. It only copies what events say: it decides nothing. */
@ProcessingGroup(ProgrammeProjection.PROCESSING_GROUP)
public class ProgrammeProjection {

    public static final String PROCESSING_GROUP = "view-programmes";

    private final JdbcTemplate jdbc;

    public ProgrammeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProgrammeLaunched event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_programme (programme_id, partnership_id, kind, title, authorities, launched_on,
                                            launched_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                event.programmeId().value(), event.partnershipId().value(), event.kind().name(), event.title(),
                JsonColumns.write(event.authorities().stream().map(AuthorityCode::value).toList()),
                Sql.date(event.launchedOn()), JsonColumns.write(ResolutionView.of(event.resolution())), version);
    }

    @EventHandler
    void on(ProgrammePhaseScheduled event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_programme_phase (programme_id, phase_number, title, considered_by,
                                                  scheduled_consideration_on)
                VALUES (?, ?, ?, ?, ?)""",
                event.programmeId().value(), event.phaseNumber(), event.title(), event.consideredBy(),
                Sql.date(event.scheduledConsiderationOn()));
        touch(event.programmeId(), version);
    }

    @EventHandler
    void on(ServiceAreaAdded event, @SequenceNumber long version) {
        List<LeadView> leads = event.leads().stream()
                .map(lead -> new LeadView(lead.authority().value(), lead.name(), lead.role()))
                .toList();
        jdbc.update("""
                INSERT INTO view_programme_service_area (programme_id, service_area_id, name, phase_number, added_at,
                                                         leads)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.programmeId().value(), event.serviceAreaId(), event.name(), event.phaseNumber(), version,
                JsonColumns.write(leads));
        touch(event.programmeId(), version);
    }

    @EventHandler
    void on(DirectionRecommended event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_programme_service_area
                   SET recommendation_kind = ?, recommendation_further_work = ?, recommended_by = ?, recommended_on = ?
                 WHERE programme_id = ? AND service_area_id = ?""",
                event.recommendation().kind().name(), event.recommendation().furtherWorkRequired(),
                event.recommendedBy(), Sql.date(event.recommendedOn()), event.programmeId().value(),
                event.serviceAreaId());
        touch(event.programmeId(), version);
    }

    @EventHandler
    void on(DirectionOfTravelEndorsed event, @SequenceNumber long version) {
        String endorsedBy = JsonColumns.write(ResolutionView.of(event.resolution()));
        for (EndorsedDirection direction : event.directions()) {
            jdbc.update("""
                    UPDATE view_programme_service_area
                       SET endorsed_kind = ?, endorsed_further_work = ?, endorsed_by = ?
                     WHERE programme_id = ? AND service_area_id = ?""",
                    direction.recommendation().kind().name(), direction.recommendation().furtherWorkRequired(),
                    endorsedBy, event.programmeId().value(), direction.serviceAreaId());
        }
        touch(event.programmeId(), version);
    }

    @EventHandler
    void on(ServiceDecouplingNoted event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_programme_service_area
                   SET decoupling_decided_by = ?, decoupled_on = ?, decoupling_noted_by = ?
                 WHERE programme_id = ? AND service_area_id = ?""",
                event.decidedBy(), Sql.date(event.decoupledOn()),
                JsonColumns.write(ResolutionView.of(event.resolution())), event.programmeId().value(),
                event.serviceAreaId());
        touch(event.programmeId(), version);
    }

    @EventHandler
    void on(ServiceArrangementDecided event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_programme_service_area
                   SET arrangement = ?, arrangement_effective_from = ?, departure_reason = ?,
                       departs_from_endorsement = ?, arrangement_decided_by = ?
                 WHERE programme_id = ? AND service_area_id = ?""",
                event.arrangement().name(), Sql.date(event.effectiveFrom()), event.departureReason(),
                event.departsFromEndorsement(), JsonColumns.write(ResolutionView.of(event.resolution())),
                event.programmeId().value(), event.serviceAreaId());
        touch(event.programmeId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_programme_service_area");
        jdbc.update("DELETE FROM view_programme_phase");
        jdbc.update("DELETE FROM view_programme");
    }

    private void touch(ProgrammeId id, long version) {
        jdbc.update("UPDATE view_programme SET version = ? WHERE programme_id = ?", version, id.value());
    }
}
