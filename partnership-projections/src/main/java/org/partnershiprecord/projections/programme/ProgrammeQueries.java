package org.partnershiprecord.projections.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.programme.ProgrammeView.ArrangementView;
import org.partnershiprecord.projections.programme.ProgrammeView.DecouplingView;
import org.partnershiprecord.projections.programme.ProgrammeView.EndorsementView;
import org.partnershiprecord.projections.programme.ProgrammeView.LeadView;
import org.partnershiprecord.projections.programme.ProgrammeView.PhaseView;
import org.partnershiprecord.projections.programme.ProgrammeView.ProgrammePhaseView;
import org.partnershiprecord.projections.programme.ProgrammeView.RecommendationView;
import org.partnershiprecord.projections.programme.ProgrammeView.ServiceAreaView;
import org.partnershiprecord.projections.programme.ProgrammeView.Summary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the programmes view. */
public class ProgrammeQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<LeadView>> LEADS = new TypeReference<>() { };

    private static final String SUMMARY = """
            SELECT p.programme_id, p.partnership_id, p.kind, p.title, p.launched_on, p.version,
                   (SELECT COUNT(*) FROM view_programme_phase ph WHERE ph.programme_id = p.programme_id) AS phases,
                   (SELECT COUNT(*) FROM view_programme_service_area sa
                     WHERE sa.programme_id = p.programme_id) AS service_areas
              FROM view_programme p""";
    private static final String AREAS = "SELECT * FROM view_programme_service_area WHERE programme_id = ?";

    private final JdbcTemplate jdbc;

    public ProgrammeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> all() {
        return jdbc.query(SUMMARY + " ORDER BY p.title, p.programme_id", ProgrammeQueries::summary);
    }

    public List<Summary> ofPartnership(String partnershipId) {
        return jdbc.query(SUMMARY + " WHERE p.partnership_id = ? ORDER BY p.title, p.programme_id",
                ProgrammeQueries::summary, partnershipId);
    }

    public Optional<ProgrammeView> byId(String programmeId) {
        return jdbc.query("SELECT * FROM view_programme WHERE programme_id = ?", (rs, row) -> new ProgrammeView(
                rs.getString("programme_id"), rs.getString("partnership_id"), rs.getString("kind"),
                rs.getString("title"), JsonColumns.read(rs.getString("authorities"), STRINGS),
                Sql.localDate(rs, "launched_on"), JsonColumns.resolution(rs.getString("launched_by")),
                phases(programmeId), rs.getLong("version")), programmeId).stream().findFirst();
    }

    public Optional<ProgrammePhaseView> phase(String programmeId, int phaseNumber) {
        return jdbc.query("""
                SELECT p.programme_id, p.title AS programme_title, p.version, ph.phase_number, ph.title,
                       ph.considered_by, ph.scheduled_consideration_on
                  FROM view_programme p
                  JOIN view_programme_phase ph ON ph.programme_id = p.programme_id
                 WHERE p.programme_id = ? AND ph.phase_number = ?""",
                (rs, row) -> new ProgrammePhaseView(rs.getString("programme_id"), rs.getString("programme_title"),
                        rs.getInt("phase_number"), rs.getString("title"), rs.getString("considered_by"),
                        Sql.localDate(rs, "scheduled_consideration_on"),
                        jdbc.query(AREAS + " AND phase_number = ? ORDER BY added_at", ProgrammeQueries::serviceArea,
                                programmeId, phaseNumber),
                        rs.getLong("version")), programmeId, phaseNumber).stream().findFirst();
    }

    private List<PhaseView> phases(String programmeId) {
        Map<Integer, List<ServiceAreaView>> areasByPhase = new LinkedHashMap<>();
        jdbc.query(AREAS + " ORDER BY phase_number, added_at", ProgrammeQueries::serviceArea, programmeId)
                .forEach(area -> areasByPhase.computeIfAbsent(area.phaseNumber(), n -> new ArrayList<>())
                        .add(area));
        return jdbc.query("""
                SELECT phase_number, title, considered_by, scheduled_consideration_on FROM view_programme_phase
                 WHERE programme_id = ? ORDER BY phase_number""",
                (rs, row) -> new PhaseView(rs.getInt("phase_number"), rs.getString("title"),
                        rs.getString("considered_by"), Sql.localDate(rs, "scheduled_consideration_on"),
                        List.copyOf(areasByPhase.getOrDefault(rs.getInt("phase_number"), List.of()))),
                programmeId);
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getString("programme_id"), rs.getString("partnership_id"), rs.getString("kind"),
                rs.getString("title"), Sql.localDate(rs, "launched_on"), rs.getInt("phases"),
                rs.getInt("service_areas"), rs.getLong("version"));
    }

    private static ServiceAreaView serviceArea(ResultSet rs, int row) throws SQLException {
        return new ServiceAreaView(rs.getString("service_area_id"), rs.getString("name"), rs.getInt("phase_number"),
                JsonColumns.read(rs.getString("leads"), LEADS), recommendation(rs), endorsement(rs), decoupling(rs),
                arrangement(rs));
    }

    private static RecommendationView recommendation(ResultSet rs) throws SQLException {
        String kind = rs.getString("recommendation_kind");
        return kind == null ? null : new RecommendationView(kind, rs.getBoolean("recommendation_further_work"),
                rs.getString("recommended_by"), Sql.localDate(rs, "recommended_on"));
    }

    private static EndorsementView endorsement(ResultSet rs) throws SQLException {
        String kind = rs.getString("endorsed_kind");
        return kind == null ? null : new EndorsementView(kind, rs.getBoolean("endorsed_further_work"),
                JsonColumns.resolution(rs.getString("endorsed_by")));
    }

    private static DecouplingView decoupling(ResultSet rs) throws SQLException {
        String notedBy = rs.getString("decoupling_noted_by");
        return notedBy == null ? null : new DecouplingView(rs.getString("decoupling_decided_by"),
                Sql.localDate(rs, "decoupled_on"), JsonColumns.resolution(notedBy));
    }

    private static ArrangementView arrangement(ResultSet rs) throws SQLException {
        String arrangement = rs.getString("arrangement");
        return arrangement == null ? null : new ArrangementView(arrangement,
                Sql.localDate(rs, "arrangement_effective_from"), rs.getString("departure_reason"),
                rs.getBoolean("departs_from_endorsement"), JsonColumns.resolution(rs.getString("arrangement_decided_by")));
    }
}
