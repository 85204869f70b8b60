package org.partnershiprecord.projections.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiprecord.projections.agreement.AgreementView.ReviewView;
import org.partnershiprecord.projections.agreement.AgreementView.Summary;
import org.partnershiprecord.projections.agreement.AgreementView.TerminationDateView;
import org.partnershiprecord.projections.agreement.AgreementView.VariationView;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the agreements view. */
public class AgreementQueries {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public AgreementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every agreement, or those of one partnership when {@code partnershipId} is given. */
    public List<Summary> all(String partnershipId) {
        String select = "SELECT * FROM view_agreement";
        String order = " ORDER BY partnership_id, effective_from NULLS LAST, title, agreement_id";
        if (partnershipId == null || partnershipId.isBlank()) {
            return jdbc.query(select + order, (rs, row) -> summary(rs));
        }
        return jdbc.query(select + " WHERE partnership_id = ?" + order, (rs, row) -> summary(rs), partnershipId);
    }

    public Optional<AgreementView> byId(String agreementId) {
        return jdbc.query("SELECT * FROM view_agreement WHERE agreement_id = ?", (rs, row) -> new AgreementView(
                rs.getString("agreement_id"), rs.getString("partnership_id"), rs.getString("agreement_type"),
                rs.getString("title"), JsonColumns.read(rs.getString("parties"), CODES),
                Sql.localDate(rs, "effective_from"), rs.getString("status"),
                Sql.localDate(rs, "agreed_termination_date"), Sql.localDate(rs, "terminated_on"),
                JsonColumns.resolution(rs.getString("entered_by")), JsonColumns.resolution(rs.getString("terminated_by")),
                terminationDates(agreementId), reviews(agreementId), variations(agreementId), rs.getLong("version")),
                agreementId).stream().findFirst();
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getString("agreement_id"), rs.getString("partnership_id"),
                rs.getString("agreement_type"), rs.getString("title"), JsonColumns.read(rs.getString("parties"), CODES),
                Sql.localDate(rs, "effective_from"), rs.getString("status"),
                Sql.localDate(rs, "agreed_termination_date"), Sql.localDate(rs, "terminated_on"),
                rs.getLong("version"));
    }

    private List<TerminationDateView> terminationDates(String agreementId) {
        return jdbc.query("""
                SELECT termination_date, previous_termination_date, agreed_by FROM view_agreement_termination_date
                 WHERE agreement_id = ? ORDER BY sequence_number""",
                (rs, row) -> new TerminationDateView(Sql.localDate(rs, "termination_date"),
                        Sql.localDate(rs, "previous_termination_date"), JsonColumns.resolution(rs.getString("agreed_by"))),
                agreementId);
    }

    private List<ReviewView> reviews(String agreementId) {
        return jdbc.query("""
                SELECT reviewed_on, outcome, received_by FROM view_agreement_review
                 WHERE agreement_id = ? ORDER BY sequence_number""",
                (rs, row) -> new ReviewView(Sql.localDate(rs, "reviewed_on"), rs.getString("outcome"),
                        JsonColumns.resolution(rs.getString("received_by"))), agreementId);
    }

    private List<VariationView> variations(String agreementId) {
        return jdbc.query("""
                SELECT variation, effective_from, varied_by FROM view_agreement_variation
                 WHERE agreement_id = ? ORDER BY sequence_number""",
                (rs, row) -> new VariationView(rs.getString("variation"), Sql.localDate(rs, "effective_from"),
                        JsonColumns.resolution(rs.getString("varied_by"))), agreementId);
    }
}
