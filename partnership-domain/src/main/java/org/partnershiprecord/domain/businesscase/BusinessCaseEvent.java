package org.partnershiprecord.domain.businesscase;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.meeting.Exemption;

/** Facts recorded about a business case. */
public sealed interface BusinessCaseEvent {

    BusinessCaseId businessCaseId();

    /** Carries the partnership's name and councils as they stood, so later rules and views need no lookup. */
    @Revision("1")
    record BusinessCaseSubmitted(BusinessCaseId businessCaseId, PartnershipId partnershipId, String partnershipName,
                                 List<AuthorityCode> authorities, String title, String service, String summary,
                                 List<SavingEstimate> savings, LocalDate submittedOn, Exemption exemption)
            implements BusinessCaseEvent {
    }

    @Revision("1")
    record BusinessCaseExemptionReleased(BusinessCaseId businessCaseId, Exemption exemption, LocalDate releasedOn,
                                         org.partnershiprecord.domain.common.ResolutionRef resolution)
            implements BusinessCaseEvent {
    }

    @Revision("1")
    record BusinessCaseEndorsed(BusinessCaseId businessCaseId, ResolutionRef resolution) implements BusinessCaseEvent {
    }

    @Revision("1")
    record StaffConsultationOpened(BusinessCaseId businessCaseId, LocalDate openedOn) implements BusinessCaseEvent {
    }

    @Revision("1")
    record StaffConsultationClosed(BusinessCaseId businessCaseId, LocalDate closedOn) implements BusinessCaseEvent {
    }

    /** {@code authority} is the council whose policy framework now holds the principle of the case. */
    @Revision("1")
    record BusinessCaseAdoptedIntoPolicyFramework(BusinessCaseId businessCaseId, AuthorityCode authority,
                                                  ResolutionRef resolution) implements BusinessCaseEvent {
    }

    @Revision("1")
    record BusinessCaseConsidered(BusinessCaseId businessCaseId, ConsiderationRole role, BodyKind consideringBodyKind,
                                  ResolutionRef resolution) implements BusinessCaseEvent {
    }

    @Revision("1")
    record BusinessCaseDecided(BusinessCaseId businessCaseId, DecisionOutcome outcome, ResolutionRef resolution)
            implements BusinessCaseEvent {
    }

    @Revision("1")
    record BusinessCaseImplemented(BusinessCaseId businessCaseId, LocalDate implementedOn, String notes)
            implements BusinessCaseEvent {
    }

    @Revision("1")
    record BusinessCaseReopened(BusinessCaseId businessCaseId, String reason, ResolutionRef resolution)
            implements BusinessCaseEvent {
    }
}
