package org.partnershiprecord.domain.programme;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Commands to the Programme aggregate. */
public sealed interface ProgrammeCommand {

    ProgrammeId programmeId();

    /**
     * A partnership starts a programme of integration or separation. {@code launchedOn} and
     * {@code resolution} are null when the paper does not say when or by whom it was launched.
     */
    record LaunchProgramme(@TargetAggregateIdentifier ProgrammeId programmeId, PartnershipId partnershipId,
                           ProgrammeKind kind, String title, LocalDate launchedOn, ResolutionRef resolution)
            implements ProgrammeCommand {
    }

    /** A numbered phase, to be considered by a body (e.g. the JOTWG) on a date; both may be not stated. */
    record ScheduleProgrammePhase(@TargetAggregateIdentifier ProgrammeId programmeId, int phaseNumber, String title,
                                  String consideredBy, LocalDate scheduledConsiderationOn) implements ProgrammeCommand {
    }

    /** A service area joins a phase, with its lead officer from each council where the paper names them. */
    record AddServiceArea(@TargetAggregateIdentifier ProgrammeId programmeId, String serviceAreaId, String name,
                          int phaseNumber, List<LeadOfficer> leads) implements ProgrammeCommand {
    }

    /** Officers recommend where a service area should go; a later recommendation replaces an earlier one. */
    record RecommendDirection(@TargetAggregateIdentifier ProgrammeId programmeId, String serviceAreaId,
                              Recommendation recommendation, String recommendedBy, LocalDate recommendedOn)
            implements ProgrammeCommand {
    }

    /**
     * A body endorses the direction of travel for service areas of one phase: those listed, or, when
     * none are listed, every area of the phase not already decoupled or decided.
     */
    record EndorseDirectionOfTravel(@TargetAggregateIdentifier ProgrammeId programmeId, int phaseNumber,
                                    List<String> serviceAreaIds, ResolutionRef resolution)
            implements ProgrammeCommand {
    }

    /** A body notes that a service area was decoupled by a decision taken elsewhere (e.g. a statutory one). */
    record NoteServiceDecoupled(@TargetAggregateIdentifier ProgrammeId programmeId, String serviceAreaId,
                                String decidedBy, LocalDate decoupledOn, ResolutionRef resolution)
            implements ProgrammeCommand {
    }

    /**
     * A body decides a service area's final arrangement. {@code departureReason} is the recorded reason
     * for deciding without an endorsed direction or against it; null when there is none.
     */
    record DecideServiceArrangement(@TargetAggregateIdentifier ProgrammeId programmeId, String serviceAreaId,
                                    Arrangement arrangement, LocalDate effectiveFrom, String departureReason,
                                    ResolutionRef resolution) implements ProgrammeCommand {
    }
}
