package org.partnershiprecord.projections.businesscase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * A business case as the record shows it now: its savings, endorsements, staff consultation, adoptions into
 * councils' policy frameworks, considerations, decision, implementation and reopenings, each with the
 * resolution behind it, and {@code route}: every step in the order it was recorded. {@code decision} and
 * {@code implementation} are the latest recorded (a reopened case may be decided again; {@code stage} says
 * whether a decision stands). {@code version} is the aggregate version (its ETag).
 */
public record BusinessCaseView(String businessCaseId, String partnershipId, String partnershipName,
                               List<String> authorities, String title, String service, String summary,
                               LocalDate submittedOn, String stage, List<SavingView> savings,
                               List<ResolutionView> endorsements, StaffConsultationView staffConsultation,
                               List<AdoptionView> policyFrameworkAdoptions, List<ConsiderationView> considerations,
                               DecisionView decision, ImplementationView implementation,
                               List<ReopeningView> reopenings, List<RouteStepView> route, long version,
                               String exemptParagraphs) {

    /** A saving; {@code authority} and {@code financialYear} are null when the paper does not state them. */
    public record SavingView(String authority, String financialYear, long pence, BigDecimal pounds) {
    }

    /** Staff consultation once opened; its dates are null when the paper does not state them. */
    public record StaffConsultationView(LocalDate openedOn, boolean closed, LocalDate closedOn) {
    }

    /** A council's full council adopted the principle of the case into its policy framework. */
    public record AdoptionView(String authority, ResolutionView adoptedBy) {
    }

    /** A body considered the case in a role other than deciding it. */
    public record ConsiderationView(String role, String bodyKind, ResolutionView resolution) {
    }

    public record DecisionView(String outcome, ResolutionView decidedBy) {
    }

    /** {@code implementedOn} is null when not stated. */
    public record ImplementationView(LocalDate implementedOn, String notes) {
    }

    public record ReopeningView(String reason, ResolutionView reopenedBy) {
    }

    /**
     * One step of the case, in recorded order: {@code sequence} is the aggregate sequence number of the event
     * that recorded it; {@code on} the date of the step (the resolution's date where a body resolved it), null
     * when not stated. Fields a step does not have are null.
     */
    public record RouteStepView(long sequence, RouteStep step, LocalDate on, String role, String bodyKind,
                                String authority, String outcome, String detail, ResolutionView resolution) {
    }

    /** The kinds of step on a business case's route. */
    public enum RouteStep {
        SUBMITTED,
        ENDORSED,
        STAFF_CONSULTATION_OPENED,
        STAFF_CONSULTATION_CLOSED,
        ADOPTED_INTO_POLICY_FRAMEWORK,
        CONSIDERED,
        DECIDED,
        IMPLEMENTED,
        REOPENED
    }

    /** A line of the business case list. */
    public record Summary(String businessCaseId, String partnershipId, String title, String service, String stage,
                          LocalDate submittedOn, long version, String exemptParagraphs) {
    }

    /**
     * Savings stated for one authority in one financial year of a partnership, added up across its business
     * cases; {@code authority} and {@code financialYear} are null for savings whose paper does not state them.
     */
    public record SavingsLine(String partnershipId, String authority, String financialYear, long pence,
                              BigDecimal pounds, List<CaseSaving> businessCases) {
    }

    /** One business case's saving within a {@link SavingsLine}. */
    public record CaseSaving(String businessCaseId, String title, String stage, long pence, BigDecimal pounds) {
    }
}
