package org.partnershiprecord.projections.agreement;

import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * An agreement as the record shows it now: the instrument, its parties, its status, the termination date
 * agreed (with every date agreed before it), its termination, reviews and variations, each with the
 * resolution behind it. {@code version} is the aggregate version (its ETag).
 */
public record AgreementView(String agreementId, String partnershipId, String type, String title, List<String> parties,
                            LocalDate effectiveFrom, String status, LocalDate agreedTerminationDate,
                            LocalDate terminatedOn, ResolutionView enteredBy, ResolutionView terminatedBy,
                            List<TerminationDateView> terminationDates, List<ReviewView> reviews,
                            List<VariationView> variations, long version) {

    /** One agreement of a termination date; {@code previousTerminationDate} is null when none had been agreed. */
    public record TerminationDateView(LocalDate terminationDate, LocalDate previousTerminationDate,
                                      ResolutionView agreedBy) {
    }

    /** {@code reviewedOn} is null when the paper gives no day. */
    public record ReviewView(LocalDate reviewedOn, String outcome, ResolutionView receivedBy) {
    }

    /** {@code effectiveFrom} is null when the paper does not say when the variation takes effect. */
    public record VariationView(String variation, LocalDate effectiveFrom, ResolutionView variedBy) {
    }

    /** A line of the agreement list. */
    public record Summary(String agreementId, String partnershipId, String type, String title, List<String> parties,
                          LocalDate effectiveFrom, String status, LocalDate agreedTerminationDate,
                          LocalDate terminatedOn, long version) {
    }
}
