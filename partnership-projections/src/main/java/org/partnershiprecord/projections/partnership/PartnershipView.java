package org.partnershiprecord.projections.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/** A partnership as the record shows it now. {@code version} is the aggregate version (its ETag). */
public record PartnershipView(String partnershipId, String name, String status, LocalDate formedOn,
                              String modelOfJointWorking, ResolutionView formedBy, List<AuthorityView> authorities,
                              List<CommitmentView> principles, List<CommitmentView> objectives,
                              List<ReviewView> reviews, long version) {

    public record AuthorityView(String code, String name, String tier) {
    }

    /** A numbered principle or objective. */
    public record CommitmentView(int number, String text, ResolutionView adoptedBy) {
    }

    public record ReviewView(String reviewId, String title, LocalDate reviewedOn, List<AssessmentView> assessments,
                             List<SavingView> savings, List<String> recommendations, ResolutionView receivedBy) {
    }

    public record AssessmentView(String subject, int number, String outcome, String commentary) {
    }

    /** A saving; {@code authority} and {@code financialYear} are null when the paper does not state them. */
    public record SavingView(String authority, String financialYear, long pence, BigDecimal pounds) {
    }

    /** A line of the partnership list. */
    public record Summary(String partnershipId, String name, String status, LocalDate formedOn, List<String> authorities,
                          long version) {
    }
}
