package org.partnershiprecord.projections.jointpost;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.jointpost.JointPostView.AppointmentView;
import org.partnershiprecord.projections.jointpost.JointPostView.CostShareView;
import org.partnershiprecord.projections.jointpost.JointPostView.PostAppointments;
import org.partnershiprecord.projections.jointpost.JointPostView.SalaryApprovalView;
import org.partnershiprecord.projections.jointpost.JointPostView.SalaryPackageView;
import org.partnershiprecord.projections.jointpost.JointPostView.SalaryRangeView;
import org.partnershiprecord.projections.jointpost.JointPostView.Summary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the joint posts view. */
public class JointPostQueries {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };
    private static final TypeReference<List<CostShareView>> SHARES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public JointPostQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The posts, optionally of one partnership, and optionally only those that have ({@code current = true}) or
     * have not ({@code current = false}) an appointment with no end recorded.
     */
    public List<Summary> all(String partnershipId, Boolean current) {
        StringBuilder sql = new StringBuilder("""
                SELECT post_id, partnership_id, title, tier, employing_authority, served_authorities,
                       salary_minimum_pence, salary_maximum_pence, version
                  FROM view_post p WHERE 1 = 1""");
        List<Object> arguments = new ArrayList<>();
        if (partnershipId != null) {
            sql.append(" AND p.partnership_id = ?");
            arguments.add(partnershipId);
        }
        if (current != null) {
            sql.append(current ? " AND EXISTS" : " AND NOT EXISTS")
                    .append(" (SELECT 1 FROM view_post_appointment a WHERE a.post_id = p.post_id AND a.ended_on IS NULL)");
        }
        sql.append(" ORDER BY partnership_id, title, post_id");
        return jdbc.query(sql.toString(), (rs, row) -> new Summary(rs.getString("post_id"),
                rs.getString("partnership_id"), rs.getString("title"), rs.getString("tier"),
                rs.getString("employing_authority"), JsonColumns.read(rs.getString("served_authorities"), CODES),
                salaryRange(rs), appointments(rs.getString("post_id"), true), rs.getLong("version")),
                arguments.toArray());
    }

    public Optional<JointPostView> byId(String postId) {
        return jdbc.query("SELECT * FROM view_post WHERE post_id = ?", (rs, row) -> new JointPostView(
                rs.getString("post_id"), rs.getString("partnership_id"), rs.getString("title"), rs.getString("remit"),
                rs.getString("tier"), rs.getString("employing_authority"),
                JsonColumns.read(rs.getString("served_authorities"), CODES), salaryRange(rs),
                JsonColumns.read(rs.getString("cost_split"), SHARES),
                JsonColumns.resolution(rs.getString("cost_split_stated_by")),
                new SalaryPackageView(JsonColumns.read(rs.getString("approval_required_from"), CODES),
                        approvals(postId)),
                appointments(postId, true), appointments(postId, false),
                JsonColumns.resolution(rs.getString("proposed_by")), rs.getLong("version")), postId)
                .stream().findFirst();
    }

    /** Every appointment to the post, current and past, or empty when no such post is recorded. */
    public Optional<PostAppointments> appointments(String postId) {
        return jdbc.query("SELECT post_id, title, version FROM view_post WHERE post_id = ?",
                (rs, row) -> new PostAppointments(rs.getString("post_id"), rs.getString("title"),
                        appointments(postId, null), rs.getLong("version")), postId).stream().findFirst();
    }

    private List<SalaryApprovalView> approvals(String postId) {
        return jdbc.query("""
                SELECT authority_code, approved_by FROM view_post_salary_approval WHERE post_id = ?
                 ORDER BY approved_on, authority_code""",
                (rs, row) -> new SalaryApprovalView(rs.getString("authority_code"),
                        JsonColumns.resolution(rs.getString("approved_by"))), postId);
    }

    /** {@code current}: true for those with no end recorded, false for ended ones, null for all. */
    private List<AppointmentView> appointments(String postId, Boolean current) {
        String which = current == null ? "" : current ? " AND ended_on IS NULL" : " AND ended_on IS NOT NULL";
        return jdbc.query("SELECT * FROM view_post_appointment WHERE post_id = ?" + which
                        + " ORDER BY starts_on, appointment_id",
                (rs, row) -> new AppointmentView(rs.getString("appointment_id"), rs.getString("person_name"),
                        rs.getString("basis"), Sql.localDate(rs, "starts_on"), Sql.localDate(rs, "ended_on"),
                        rs.getString("end_reason"), JsonColumns.resolution(rs.getString("appointed_by")),
                        JsonColumns.resolution(rs.getString("ended_by")), rs.getDate("ended_on") == null),
                postId);
    }

    private static SalaryRangeView salaryRange(ResultSet rs) throws SQLException {
        Long minimum = Sql.nullableLong(rs, "salary_minimum_pence");
        Long maximum = Sql.nullableLong(rs, "salary_maximum_pence");
        return minimum == null || maximum == null ? null : SalaryRangeView.of(minimum, maximum);
    }
}
