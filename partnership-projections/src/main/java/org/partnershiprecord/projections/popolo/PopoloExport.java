package org.partnershiprecord.projections.popolo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people side of the record in Popolo's terms (https://www.popoloproject.com): councils and
 * bodies as organizations, joint posts as posts, appointments and body seats as memberships (with
 * {@code on_behalf_of_id} for the council a member sits for). Read from the views; decides nothing.
 */
public class PopoloExport {

    private final JdbcTemplate jdbc;

    public PopoloExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Popolo's top-level collections. */
    public record Document(List<Map<String, Object>> persons, List<Map<String, Object>> organizations,
                           List<Map<String, Object>> posts, List<Map<String, Object>> memberships) {
    }

    /** Everything, or one partnership's part when {@code partnershipId} is given. */
    public Document export(String partnershipId) {
        List<Map<String, Object>> organizations = new ArrayList<>();
        Map<String, Map<String, Object>> persons = new LinkedHashMap<>();
        List<Map<String, Object>> posts = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        String partnershipFilter = partnershipId == null ? "" : " WHERE partnership_id = ?";
        Object[] arguments = partnershipId == null ? new Object[0] : new Object[] {partnershipId};

        jdbc.query("""
                SELECT DISTINCT a.authority_code, a.name, a.tier FROM view_partnership_authority a""" + (partnershipId == null
                        ? "" : " WHERE a.partnership_id = ?") + " ORDER BY a.authority_code", rs -> {
            organizations.add(map("id", rs.getString("authority_code"), "name", rs.getString("name"),
                    "classification", "council", "tier", rs.getString("tier").toLowerCase(Locale.ROOT)));
        }, arguments);
        jdbc.query("SELECT body_id, name, kind, partnership_id, constituted_on FROM view_body" + partnershipFilter
                + " ORDER BY body_id", rs -> {
            String bodyId = rs.getString("body_id");
            List<String> parents = jdbc.queryForList(
                    "SELECT authority_code FROM view_body_authority WHERE body_id = ? ORDER BY list_order", String.class,
                    bodyId);
            organizations.add(map("id", bodyId, "name", rs.getString("name"),
                    "classification", rs.getString("kind").toLowerCase(Locale.ROOT).replace('_', ' '),
                    "parent_id", parents.size() == 1 ? parents.get(0) : null,
                    "other_parent_ids", parents.size() > 1 ? parents : List.of(),
                    "founding_date", date(Sql.localDate(rs, "constituted_on"))));
        }, arguments);
        jdbc.query("""
                SELECT m.body_id, m.membership_id, m.person_name, m.on_behalf_of, m.role, m.member_from, m.member_until
                  FROM view_body_membership m JOIN view_body b ON b.body_id = m.body_id""" + (partnershipId == null
                        ? "" : " WHERE b.partnership_id = ?") + " ORDER BY m.body_id, m.membership_id", rs -> {
            String person = person(persons, rs.getString("person_name"));
            memberships.add(map("id", rs.getString("body_id") + "/" + rs.getString("membership_id"),
                    "person_id", person, "organization_id", rs.getString("body_id"),
                    "on_behalf_of_id", rs.getString("on_behalf_of"), "role", rs.getString("role"),
                    "start_date", date(Sql.localDate(rs, "member_from")), "end_date", date(Sql.localDate(rs, "member_until"))));
        }, arguments);
        jdbc.query("SELECT post_id, title, tier, employing_authority, partnership_id FROM view_post" + partnershipFilter
                + " ORDER BY post_id", rs -> {
            posts.add(map("id", rs.getString("post_id"), "label", rs.getString("title"),
                    "role", rs.getString("tier").toLowerCase(Locale.ROOT).replace('_', ' '),
                    "organization_id", rs.getString("employing_authority")));
        }, arguments);
        jdbc.query("""
                SELECT a.post_id, a.appointment_id, a.person_name, a.basis, a.starts_on, a.ended_on, p.title,
                       p.employing_authority
                  FROM view_post_appointment a JOIN view_post p ON p.post_id = a.post_id""" + (partnershipId == null
                        ? "" : " WHERE p.partnership_id = ?") + " ORDER BY a.post_id, a.starts_on, a.appointment_id", rs -> {
            String person = person(persons, rs.getString("person_name"));
            memberships.add(map("id", rs.getString("post_id") + "/" + rs.getString("appointment_id"),
                    "person_id", person, "post_id", rs.getString("post_id"),
                    "organization_id", rs.getString("employing_authority"),
                    "label", rs.getString("title") + " (" + rs.getString("basis").toLowerCase(Locale.ROOT) + ")",
                    "start_date", date(Sql.localDate(rs, "starts_on")), "end_date", date(Sql.localDate(rs, "ended_on"))));
        }, arguments);
        return new Document(new ArrayList<>(persons.values()), organizations, posts, memberships);
    }

    /** People are known by name only; a person the paper does not name has no person record. */
    private static String person(Map<String, Map<String, Object>> persons, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String id = "person/" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        persons.putIfAbsent(id, map("id", id, "name", name));
        return id;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
