package org.partnershiprecord.domain.agreement;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.common.AgreementId;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Commands to the Agreement aggregate. */
public sealed interface AgreementCommand {

    AgreementId agreementId();

    /**
     * Councils of a partnership enter into a legal instrument. {@code effectiveFrom} is null when the
     * papers do not state the date it took effect.
     */
    record EnterIntoAgreement(@TargetAggregateIdentifier AgreementId agreementId, PartnershipId partnershipId,
                              AgreementType type, String title, List<AuthorityCode> parties, LocalDate effectiveFrom,
                              ResolutionRef resolution) implements AgreementCommand {
    }

    /** {@code reviewedOn} is null when the papers give no day (the OCC-CDC six-month review says only "March 2019"). */
    record ReviewAgreement(@TargetAggregateIdentifier AgreementId agreementId, LocalDate reviewedOn, String outcome,
                           ResolutionRef resolution) implements AgreementCommand {
    }

    /** {@code effectiveFrom} is null when the papers do not state when the variation takes effect. */
    record VaryAgreement(@TargetAggregateIdentifier AgreementId agreementId, String variation, LocalDate effectiveFrom,
                         ResolutionRef resolution) implements AgreementCommand {
    }

    /** The parties agree the date the agreement ends; agreeing again moves it. */
    record AgreeTerminationDate(@TargetAggregateIdentifier AgreementId agreementId, LocalDate terminationDate,
                                ResolutionRef resolution) implements AgreementCommand {
    }

    record TerminateAgreement(@TargetAggregateIdentifier AgreementId agreementId, LocalDate terminatedOn,
                              ResolutionRef resolution) implements AgreementCommand {
    }
}
