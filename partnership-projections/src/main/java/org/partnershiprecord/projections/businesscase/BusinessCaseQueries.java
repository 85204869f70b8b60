package org.partnershiprecord.projections.businesscase;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.AdoptionView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.CaseSaving;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.ConsiderationView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.DecisionView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.ImplementationView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.ReopeningView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.RouteStep;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.RouteStepView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.SavingView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.SavingsLine;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.StaffConsultationView;
import org.partnershiprecord.projections.businesscase.BusinessCaseView.Summary;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the business cases view, and the savings they state per authority per financial year. */
public class BusinessCaseQueries {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public BusinessCaseQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every business case, or those of one partnership when {@code partnershipId} is given. */
    public List<Summary> all(String partnershipId) {
        String select = "SELECT * FROM view_business_case";
        String order = " ORDER BY partnership_id, submitted_on NULLS LAST, title, business_case_id";
        if (blank(partnershipId)) {
            return jdbc.query(select + order, (rs, row) -> summary(rs));
        }
        return jdbc.query(select + " WHERE partnership_id = ?" + order, (rs, row) -> summary(rs), partnershipId);
    }

    public Optional<BusinessCaseView> byId(String businessCaseId) {
        List<RouteStepView> route = route(businessCaseId);
        return jdbc.query("SELECT * FROM view_business_case WHERE business_case_id = ?",
                (rs, row) -> new BusinessCaseView(rs.getString("business_case_id"), rs.getString("partnership_id"),
                        rs.getString("partnership_name"), JsonColumns.read(rs.getString("authorities"), CODES),
                        rs.getString("title"), rs.getString("service"), rs.getString("summary"),
                        Sql.localDate(rs, "submitted_on"), rs.getString("stage"), savingsOf(businessCaseId),
                        steps(route, RouteStep.ENDORSED).stream().map(RouteStepView::resolution).toList(),
                        staffConsultation(route),
                        steps(route, RouteStep.ADOPTED_INTO_POLICY_FRAMEWORK).stream()
                                .map(s -> new AdoptionView(s.authority(), s.resolution())).toList(),
                        steps(route, RouteStep.CONSIDERED).stream()
                                .map(s -> new ConsiderationView(s.role(), s.bodyKind(), s.resolution())).toList(),
                        latest(route, RouteStep.DECIDED).map(s -> new DecisionView(s.outcome(), s.resolution()))
                                .orElse(null),
                        latest(route, RouteStep.IMPLEMENTED).map(s -> new ImplementationView(s.on(), s.detail()))
                                .orElse(null),
                        steps(route, RouteStep.REOPENED).stream()
                                .map(s -> new ReopeningView(s.detail(), s.resolution())).toList(),
                        route, rs.getLong("version"), rs.getString("exempt_paragraphs")), businessCaseId).stream()
                .findFirst();
    }

    /**
     * The savings the business cases state, added up per partnership, authority and financial year (savings
     * whose authority or year the paper does not state are kept apart, under null), with each case's part:
     * of every partnership, or of one when {@code partnershipId} is given.
     */
    public List<SavingsLine> savings(String partnershipId) {
        boolean allPartnerships = blank(partnershipId);
        String sql = """
                SELECT c.partnership_id, s.authority_code, s.financial_year, s.pence, c.business_case_id, c.title,
                       c.stage
                  FROM view_business_case_saving s
                  JOIN view_business_case c ON c.business_case_id = s.business_case_id
                 WHERE c.exempt_paragraphs IS NULL
                """ + (allPartnerships ? "" : " AND c.partnership_id = ?")
                + " ORDER BY c.partnership_id, s.authority_code NULLS LAST, s.financial_year NULLS LAST,"
                + " c.business_case_id, s.list_order";
        Map<List<String>, List<CaseSaving>> lines = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            List<String> key = new ArrayList<>();
            key.add(rs.getString("partnership_id"));
            key.add(rs.getString("authority_code"));
            key.add(rs.getString("financial_year"));
            long pence = rs.getLong("pence");
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(new CaseSaving(rs.getString("business_case_id"),
                    rs.getString("title"), rs.getString("stage"), pence, pounds(pence)));
        }, allPartnerships ? new Object[0] : new Object[] {partnershipId});
        return lines.entrySet().stream().map(line -> {
            long total = line.getValue().stream().mapToLong(CaseSaving::pence).sum();
            return new SavingsLine(line.getKey().get(0), line.getKey().get(1), line.getKey().get(2), total,
                    pounds(total), List.copyOf(line.getValue()));
        }).toList();
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getString("business_case_id"), rs.getString("partnership_id"), rs.getString("title"),
                rs.getString("service"), rs.getString("stage"), Sql.localDate(rs, "submitted_on"),
                rs.getLong("version"), rs.getString("exempt_paragraphs"));
    }

    private List<SavingView> savingsOf(String businessCaseId) {
        return jdbc.query("""
                SELECT authority_code, financial_year, pence FROM view_business_case_saving
                 WHERE business_case_id = ? ORDER BY list_order""",
                (rs, row) -> new SavingView(rs.getString("authority_code"), rs.getString("financial_year"),
                        rs.getLong("pence"), pounds(rs.getLong("pence"))), businessCaseId);
    }

    private List<RouteStepView> route(String businessCaseId) {
        return jdbc.query("""
                SELECT * FROM view_business_case_step WHERE business_case_id = ? ORDER BY sequence_number""",
                (rs, row) -> new RouteStepView(rs.getLong("sequence_number"), RouteStep.valueOf(rs.getString("step")),
                        Sql.localDate(rs, "occurred_on"), rs.getString("consideration_role"), rs.getString("body_kind"),
                        rs.getString("authority_code"), rs.getString("outcome"), rs.getString("detail"),
                        JsonColumns.resolution(rs.getString("resolution"))), businessCaseId);
    }

    private static StaffConsultationView staffConsultation(List<RouteStepView> route) {
        Optional<RouteStepView> opened = latest(route, RouteStep.STAFF_CONSULTATION_OPENED);
        Optional<RouteStepView> closed = latest(route, RouteStep.STAFF_CONSULTATION_CLOSED);
        return opened.map(o -> new StaffConsultationView(o.on(), closed.isPresent(),
                closed.map(RouteStepView::on).orElse(null))).orElse(null);
    }

    private static List<RouteStepView> steps(List<RouteStepView> route, RouteStep step) {
        return route.stream().filter(s -> s.step() == step).toList();
    }

    private static Optional<RouteStepView> latest(List<RouteStepView> route, RouteStep step) {
        List<RouteStepView> steps = steps(route, step);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    private static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
