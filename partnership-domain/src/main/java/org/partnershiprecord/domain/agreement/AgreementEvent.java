package org.partnershiprecord.domain.agreement;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;

/**
 * Facts recorded about an agreement. Every one names the partnership, so the audit trail can be
 * filtered by partnership without a lookup.
 */
public sealed interface AgreementEvent {

    AgreementId agreementId();

    PartnershipId partnershipId();

    /** {@code effectiveFrom} is null when the papers do not state it. */
    @Revision("1")
    record AgreementEntered(AgreementId agreementId, PartnershipId partnershipId, AgreementType type, String title,
                            List<AuthorityCode> parties, LocalDate effectiveFrom, ResolutionRef resolution)
            implements AgreementEvent {
    }

    @Revision("1")
    record AgreementReviewed(AgreementId agreementId, PartnershipId partnershipId, LocalDate reviewedOn,
                             String outcome, ResolutionRef resolution) implements AgreementEvent {
    }

    @Revision("1")
    record AgreementVaried(AgreementId agreementId, PartnershipId partnershipId, String variation,
                           LocalDate effectiveFrom, ResolutionRef resolution) implements AgreementEvent {
    }

    /** {@code previousTerminationDate} is the date this one replaces, or null when none had been agreed. */
    @Revision("1")
    record TerminationDateAgreed(AgreementId agreementId, PartnershipId partnershipId, LocalDate terminationDate,
                                 LocalDate previousTerminationDate, ResolutionRef resolution)
            implements AgreementEvent {
    }

    /** {@code agreedTerminationDate} is the date agreed beforehand, or null when none had been agreed. */
    @Revision("1")
    record AgreementTerminated(AgreementId agreementId, PartnershipId partnershipId, LocalDate terminatedOn,
                               LocalDate agreedTerminationDate, ResolutionRef resolution) implements AgreementEvent {
    }
}
