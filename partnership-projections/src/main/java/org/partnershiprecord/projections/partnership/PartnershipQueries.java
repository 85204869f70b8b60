package org.partnershiprecord.projections.partnership;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.partnership.PartnershipView.AssessmentView;
import org.partnershiprecord.projections.partnership.PartnershipView.AuthorityView;
import org.partnershiprecord.projections.partnership.PartnershipView.CommitmentView;
import org.partnershiprecord.projections.partnership.PartnershipView.ReviewView;
import org.partnershiprecord.projections.partnership.PartnershipView.SavingView;
import org.partnershiprecord.projections.partnership.PartnershipView.Summary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the partnerships view. */
public class PartnershipQueries {

    private final JdbcTemplate jdbc;

    public PartnershipQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> all() {
        return jdbc.query("SELECT partnership_id, name, status, formed_on, version FROM view_partnership ORDER BY name, partnership_id",
                (rs, row) -> new Summary(rs.getString("partnership_id"), rs.getString("name"), rs.getString("status"),
                        Sql.localDate(rs, "formed_on"), authorityCodes(rs.getString("partnership_id")),
                        rs.getLong("version")));
    }

    public Optional<PartnershipView> byId(String partnershipId) {
        return jdbc.query("SELECT * FROM view_partnership WHERE partnership_id = ?", (rs, row) -> new PartnershipView(
                rs.getString("partnership_id"), rs.getString("name"), rs.getString("status"),
                Sql.localDate(rs, "formed_on"), rs.getString("model_of_joint_working"),
                JsonColumns.resolution(rs.getString("formed_by")), authorities(partnershipId),
                commitments(partnershipId, "PRINCIPLE"), commitments(partnershipId, "OBJECTIVE"),
                reviews(partnershipId), rs.getLong("version")), partnershipId).stream().findFirst();
    }

    private List<String> authorityCodes(String partnershipId) {
        return jdbc.queryForList("""
                SELECT authority_code FROM view_partnership_authority WHERE partnership_id = ? ORDER BY list_order""",
                String.class, partnershipId);
    }

    private List<AuthorityView> authorities(String partnershipId) {
        return jdbc.query("""
                SELECT authority_code, name, tier FROM view_partnership_authority WHERE partnership_id = ?
                 ORDER BY list_order""", (rs, row) -> new AuthorityView(rs.getString("authority_code"),
                rs.getString("name"), rs.getString("tier")), partnershipId);
    }

    private List<CommitmentView> commitments(String partnershipId, String kind) {
        return jdbc.query("""
                SELECT number, text, adopted_by FROM view_partnership_commitment
                 WHERE partnership_id = ? AND kind = ? ORDER BY number""",
                (rs, row) -> new CommitmentView(rs.getInt("number"), rs.getString("text"),
                        JsonColumns.resolution(rs.getString("adopted_by"))), partnershipId, kind);
    }

    private List<ReviewView> reviews(String partnershipId) {
        return jdbc.query("""
                SELECT * FROM view_partnership_review WHERE partnership_id = ? ORDER BY reviewed_on, review_id""",
                (rs, row) -> new ReviewView(rs.getString("review_id"), rs.getString("title"),
                        Sql.localDate(rs, "reviewed_on"),
                        JsonColumns.read(rs.getString("assessments"), new TypeReference<List<AssessmentView>>() { }),
                        JsonColumns.read(rs.getString("savings"), new TypeReference<List<SavingView>>() { }),
                        JsonColumns.read(rs.getString("recommendations"), new TypeReference<List<String>>() { }),
                        JsonColumns.resolution(rs.getString("received_by"))), partnershipId);
    }
}
