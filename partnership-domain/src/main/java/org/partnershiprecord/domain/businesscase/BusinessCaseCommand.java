package org.partnershiprecord.domain.businesscase;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.common.BusinessCaseId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.meeting.Exemption;

/** Commands to the BusinessCase aggregate. */
public sealed interface BusinessCaseCommand {

    BusinessCaseId businessCaseId();

    /**
     * A case for sharing a service is put forward. A saving's authority and year may be null when
     * the paper gives one figure ("approximately £25,000"); {@code submittedOn} is null when not stated.
     */
    record SubmitBusinessCase(@TargetAggregateIdentifier BusinessCaseId businessCaseId, PartnershipId partnershipId,
                              String title, String service, String summary, List<SavingEstimate> savings,
                              LocalDate submittedOn, Exemption exemption) implements BusinessCaseCommand {
    }

    /** A recorded decision to publish a business case that was exempt information (Schedule 12A). */
    record ReleaseBusinessCaseExemption(@TargetAggregateIdentifier BusinessCaseId businessCaseId, LocalDate releasedOn,
                                        org.partnershiprecord.domain.common.ResolutionRef resolution)
            implements BusinessCaseCommand {
    }

    /** An informal body (Joint Management Team, steering group) endorses the case for further development. */
    record EndorseBusinessCase(@TargetAggregateIdentifier BusinessCaseId businessCaseId, ResolutionRef resolution)
            implements BusinessCaseCommand {
    }

    record OpenStaffConsultation(@TargetAggregateIdentifier BusinessCaseId businessCaseId, LocalDate openedOn)
            implements BusinessCaseCommand {
    }

    record CloseStaffConsultation(@TargetAggregateIdentifier BusinessCaseId businessCaseId, LocalDate closedOn)
            implements BusinessCaseCommand {
    }

    /**
     * A council's full council adopts the principle of the case into its policy framework, so that the
     * executive and personnel committee can approve the final case without returning to council.
     */
    record AdoptIntoPolicyFramework(@TargetAggregateIdentifier BusinessCaseId businessCaseId,
                                    ResolutionRef resolution) implements BusinessCaseCommand {
    }

    /** A body considers the case on its route, in a role other than deciding it. */
    record RecordConsideration(@TargetAggregateIdentifier BusinessCaseId businessCaseId, ConsiderationRole role,
                               BodyKind consideringBodyKind, ResolutionRef resolution) implements BusinessCaseCommand {
    }

    record DecideBusinessCase(@TargetAggregateIdentifier BusinessCaseId businessCaseId, DecisionOutcome outcome,
                              ResolutionRef resolution) implements BusinessCaseCommand {
    }

    /** The approved shared service is put in place; {@code implementedOn} is null when not stated. */
    record RecordImplementation(@TargetAggregateIdentifier BusinessCaseId businessCaseId, LocalDate implementedOn,
                                String notes) implements BusinessCaseCommand {
    }

    record ReopenBusinessCase(@TargetAggregateIdentifier BusinessCaseId businessCaseId, String reason,
                              ResolutionRef resolution) implements BusinessCaseCommand {
    }
}
