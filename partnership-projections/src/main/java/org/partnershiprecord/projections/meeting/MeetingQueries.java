package org.partnershiprecord.projections.meeting;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.partnershiprecord.projections.meeting.MeetingView.AgendaItemView;
import org.partnershiprecord.projections.meeting.MeetingView.DecisionRegisterView;
import org.partnershiprecord.projections.meeting.MeetingView.MinutedResolution;
import org.partnershiprecord.projections.meeting.MeetingView.RescissionView;
import org.partnershiprecord.projections.meeting.MeetingView.Summary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads the meetings view. */
public class MeetingQueries {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public MeetingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every meeting, or one body's when {@code bodyId} is given, by date (undated last). */
    public List<Summary> all(String bodyId) {
        String select = """
                SELECT meeting_id, body_id, body_name, meeting_date, title, minutes_confirmed_by, version
                  FROM view_meeting""";
        String order = " ORDER BY meeting_date NULLS LAST, meeting_id";
        RowMapper<Summary> summary = (rs, row) -> new Summary(rs.getString("meeting_id"), rs.getString("body_id"),
                rs.getString("body_name"), Sql.localDate(rs, "meeting_date"), rs.getString("title"),
                rs.getString("minutes_confirmed_by") != null, rs.getLong("version"));
        return bodyId == null
                ? jdbc.query(select + order, summary)
                : jdbc.query(select + " WHERE body_id = ?" + order, summary, bodyId);
    }

    public Optional<MeetingView> byId(String meetingId) {
        return jdbc.query("SELECT * FROM view_meeting WHERE meeting_id = ?", (rs, row) -> new MeetingView(
                rs.getString("meeting_id"), rs.getString("body_id"), rs.getString("body_name"),
                rs.getString("body_kind"), listOrEmpty(JsonColumns.read(rs.getString("authorities"), CODES)),
                Sql.localDate(rs, "meeting_date"), rs.getString("title"),
                JsonColumns.resolution(rs.getString("minutes_confirmed_by")), agendaItems(meetingId),
                resolutions(meetingId), documents(meetingId), rs.getLong("version")), meetingId).stream().findFirst();
    }

    private List<MeetingView.DocumentView> documents(String meetingId) {
        return jdbc.query("""
                SELECT document_reference, item_number, title, exempt_paragraphs FROM view_meeting_document
                 WHERE meeting_id = ? ORDER BY added_in""", (rs, row) -> new MeetingView.DocumentView(meetingId,
                rs.getString("document_reference"), rs.getString("item_number"), rs.getString("title"),
                listOrEmpty(JsonColumns.read(rs.getString("exempt_paragraphs"),
                        new com.fasterxml.jackson.core.type.TypeReference<List<Integer>>() { }))), meetingId);
    }

    private List<AgendaItemView> agendaItems(String meetingId) {
        return jdbc.query("""
                SELECT item_number, title, exempt_paragraphs FROM view_meeting_agenda_item
                 WHERE meeting_id = ? ORDER BY added_in""", (rs, row) -> {
                    List<Integer> paragraphs = paragraphs(rs.getString("exempt_paragraphs"));
                    return new AgendaItemView(meetingId, rs.getString("item_number"), rs.getString("title"),
                            !paragraphs.isEmpty(), paragraphs);
                }, meetingId);
    }

    private List<MinutedResolution> resolutions(String meetingId) {
        return jdbc.query("SELECT * FROM view_meeting_resolution WHERE meeting_id = ? ORDER BY recorded_in",
                (rs, row) -> {
                    List<Integer> paragraphs = paragraphs(rs.getString("exempt_paragraphs"));
                    return new MinutedResolution(meetingId, rs.getString("minute_reference"),
                            rs.getString("item_number"), rs.getString("action"), rs.getString("wording"),
                            rs.getString("subject_to"),
                            rs.getString("condition_status"), Sql.localDate(rs, "condition_settled_on"),
                            rs.getString("condition_met_evidence"), rs.getString("condition_lapsed_reason"),
                            rs.getString("recommended_to"), !paragraphs.isEmpty(), paragraphs,
                            JsonColumns.read(rs.getString("decision_register"), DecisionRegisterView.class),
                            MeetingProjection.corrections(rs.getString("corrections")),
                            JsonColumns.read(rs.getString("rescission"), RescissionView.class));
                }, meetingId);
    }

    private static List<Integer> paragraphs(String json) {
        return listOrEmpty(JsonColumns.read(json, MeetingProjection.PARAGRAPHS));
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
