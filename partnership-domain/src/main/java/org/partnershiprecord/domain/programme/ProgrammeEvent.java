package org.partnershiprecord.domain.programme;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;

/** Facts recorded about a programme. */
public sealed interface ProgrammeEvent {

    ProgrammeId programmeId();

    /** Carries the partnership's councils as they stood at launch, so later rules need no lookup. */
    @Revision("1")
    record ProgrammeLaunched(ProgrammeId programmeId, PartnershipId partnershipId, ProgrammeKind kind, String title,
                             List<AuthorityCode> authorities, LocalDate launchedOn, ResolutionRef resolution)
            implements ProgrammeEvent {
    }

    @Revision("1")
    record ProgrammePhaseScheduled(ProgrammeId programmeId, int phaseNumber, String title, String consideredBy,
                                   LocalDate scheduledConsiderationOn) implements ProgrammeEvent {
    }

    @Revision("1")
    record ServiceAreaAdded(ProgrammeId programmeId, String serviceAreaId, String name, int phaseNumber,
                            List<LeadOfficer> leads) implements ProgrammeEvent {
    }

    /** {@code previous} is the recommendation this one replaces, or null for the first. */
    @Revision("1")
    record DirectionRecommended(ProgrammeId programmeId, String serviceAreaId, String serviceAreaName,
                                Recommendation recommendation, Recommendation previous, String recommendedBy,
                                LocalDate recommendedOn) implements ProgrammeEvent {
    }

    /**
     * A body endorsed the direction of travel for service areas of a phase. An endorsement "did not
     * signal de facto agreement": it decides no arrangement.
     */
    @Revision("1")
    record DirectionOfTravelEndorsed(ProgrammeId programmeId, int phaseNumber, List<EndorsedDirection> directions,
                                     ResolutionRef resolution) implements ProgrammeEvent {
    }

    @Revision("1")
    record ServiceDecouplingNoted(ProgrammeId programmeId, String serviceAreaId, String serviceAreaName,
                                  String decidedBy, LocalDate decoupledOn, ResolutionRef resolution)
            implements ProgrammeEvent {
    }

    /**
     * {@code endorsedRecommendation} is the direction endorsed before the decision (null when none
     * was); {@code departsFromEndorsement} is true when there was none or the arrangement goes
     * against it, and then {@code departureReason} says why.
     */
    @Revision("1")
    record ServiceArrangementDecided(ProgrammeId programmeId, String serviceAreaId, String serviceAreaName,
                                     Arrangement arrangement, LocalDate effectiveFrom,
                                     Recommendation endorsedRecommendation, boolean departsFromEndorsement,
                                     String departureReason, ResolutionRef resolution) implements ProgrammeEvent {
    }
}
