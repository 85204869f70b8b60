package org.partnershiprecord.projections.programme;

import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * A programme by phase, as the record shows it now: each phase with its service areas, and for each area its
 * leads, the recommendation standing, the direction of travel endorsed, a decoupling noted and the arrangement
 * decided. Parts not yet recorded are null. {@code version} is the aggregate version (its ETag).
 */
public record ProgrammeView(String programmeId, String partnershipId, String kind, String title,
                            List<String> authorities, LocalDate launchedOn, ResolutionView launchedBy,
                            List<PhaseView> phases, long version) {

    /** A numbered phase, to be considered by a body on a date (either may be not stated). */
    public record PhaseView(int number, String title, String consideredBy, LocalDate scheduledConsiderationOn,
                            List<ServiceAreaView> serviceAreas) {
    }

    public record ServiceAreaView(String serviceAreaId, String name, int phaseNumber, List<LeadView> leads,
                                  RecommendationView recommendation, EndorsementView endorsedDirection,
                                  DecouplingView decouplingNoted, ArrangementView decidedArrangement) {
    }

    /** A council's lead officer; name and role are null when the paper does not state them. */
    public record LeadView(String authority, String name, String role) {
    }

    /** The officers' recommendation standing now. */
    public record RecommendationView(String kind, boolean furtherWorkRequired, String recommendedBy,
                                     LocalDate recommendedOn) {
    }

    /** The recommendation a body endorsed as the direction of travel, and who endorsed it. */
    public record EndorsementView(String kind, boolean furtherWorkRequired, ResolutionView endorsedBy) {
    }

    /** A decoupling decided elsewhere ({@code decidedBy}, e.g. a statutory decision) and noted by a resolution. */
    public record DecouplingView(String decidedBy, LocalDate decoupledOn, ResolutionView notedBy) {
    }

    /**
     * The arrangement decided; {@code departsFromEndorsement} is true when it was decided without an endorsed
     * direction or against it, and {@code departureReason} then says why.
     */
    public record ArrangementView(String arrangement, LocalDate effectiveFrom, String departureReason,
                                  boolean departsFromEndorsement, ResolutionView decidedBy) {
    }

    /** One phase read on its own, with the programme it belongs to and that programme's version. */
    public record ProgrammePhaseView(String programmeId, String programmeTitle, int number, String title,
                                     String consideredBy, LocalDate scheduledConsiderationOn,
                                     List<ServiceAreaView> serviceAreas, long version) {
    }

    /** A line of the programme list. */
    public record Summary(String programmeId, String partnershipId, String kind, String title, LocalDate launchedOn,
                          int phases, int serviceAreas, long version) {
    }
}
