package org.partnershiprecord.api.narrative;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The record in words as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line end). */
final class RecordCsv {

    static final String HEADER = "position,date,sentence,summary,event_type,aggregate_type,aggregate_id,partnership_id,"
            + "body_id,body_name,minute_reference,item_number,document_reference,recorded_by,recorded_at,client_id,"
            + "exempt_paragraphs,entity,event\r\n";

    private RecordCsv() {
    }

    static void write(Writer csv, List<NarrativeEntry> entries) throws IOException {
        for (NarrativeEntry entry : entries) {
            csv.write(String.join(",", cell(entry.position()), cell(entry.date()), cell(entry.sentence()),
                    cell(entry.summary()), cell(entry.eventType()), cell(entry.aggregateType()),
                    cell(entry.aggregateId()), cell(entry.partnershipId()), cell(entry.bodyId()),
                    cell(entry.bodyName()), cell(entry.minuteReference()), cell(entry.itemNumber()), cell(entry.documentReference()),
                    cell(entry.recordedBy()), cell(entry.recordedAt()), cell(entry.clientId()),
                    cell(entry.exemptParagraphs()), cell(entry.entity()), cell(entry.event())));
            csv.write("\r\n");
        }
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
