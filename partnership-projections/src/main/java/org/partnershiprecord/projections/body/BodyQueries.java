package org.partnershiprecord.projections.body;

import java.util.List;
import java.util.Optional;

import org.partnershiprecord.projections.body.BodyView.MembershipView;
import org.partnershiprecord.projections.body.BodyView.PowerSpanView;
import org.partnershiprecord.projections.body.BodyView.Summary;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads the governance bodies view. */
public class BodyQueries {

    private final JdbcTemplate jdbc;

    public BodyQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every body, or those constituted for one partnership when {@code partnershipId} is given. */
    public List<Summary> all(String partnershipId) {
        String select = "SELECT body_id, name, kind, partnership_id, version FROM view_body";
        RowMapper<Summary> summary = (rs, row) -> new Summary(rs.getString("body_id"),
                rs.getString("name"), rs.getString("kind"), authorities(rs.getString("body_id")),
                rs.getString("partnership_id"), rs.getLong("version"));
        return partnershipId == null
                ? jdbc.query(select + " ORDER BY name, body_id", summary)
                : jdbc.query(select + " WHERE partnership_id = ? ORDER BY name, body_id", summary, partnershipId);
    }

    public Optional<BodyView> byId(String bodyId) {
        return jdbc.query("SELECT * FROM view_body WHERE body_id = ?", (rs, row) -> new BodyView(
                rs.getString("body_id"), rs.getString("name"), rs.getString("kind"), authorities(bodyId),
                rs.getString("partnership_id"), Sql.localDate(rs, "constituted_on"),
                JsonColumns.resolution(rs.getString("constituted_by")), powers(bodyId), memberships(bodyId, false),
                memberships(bodyId, true), rs.getLong("version")), bodyId).stream().findFirst();
    }

    private List<String> authorities(String bodyId) {
        return jdbc.queryForList("SELECT authority_code FROM view_body_authority WHERE body_id = ? ORDER BY list_order",
                String.class, bodyId);
    }

    private List<PowerSpanView> powers(String bodyId) {
        return jdbc.query("""
                SELECT power, held_from, held_until, granted_by, withdrawn_by FROM view_body_power
                 WHERE body_id = ? ORDER BY granted_in""",
                (rs, row) -> new PowerSpanView(rs.getString("power"), Sql.localDate(rs, "held_from"),
                        Sql.localDate(rs, "held_until"), JsonColumns.resolution(rs.getString("granted_by")),
                        JsonColumns.resolution(rs.getString("withdrawn_by"))), bodyId);
    }

    private List<MembershipView> memberships(String bodyId, boolean ended) {
        return jdbc.query("""
                SELECT membership_id, person_name, on_behalf_of, role, member_from, member_until
                  FROM view_body_membership WHERE body_id = ? AND ended = ? ORDER BY added_in""",
                (rs, row) -> new MembershipView(rs.getString("membership_id"), rs.getString("person_name"),
                        rs.getString("on_behalf_of"), rs.getString("role"), Sql.localDate(rs, "member_from"),
                        Sql.localDate(rs, "member_until")), bodyId, ended);
    }
}
