package org.partnershiprecord.domain.programme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.body.PowerPolicy;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.common.TypedId;
import org.partnershiprecord.domain.programme.ProgrammeCommand.AddServiceArea;
import org.partnershiprecord.domain.programme.ProgrammeCommand.DecideServiceArrangement;
import org.partnershiprecord.domain.programme.ProgrammeCommand.EndorseDirectionOfTravel;
import org.partnershiprecord.domain.programme.ProgrammeCommand.LaunchProgramme;
import org.partnershiprecord.domain.programme.ProgrammeCommand.NoteServiceDecoupled;
import org.partnershiprecord.domain.programme.ProgrammeCommand.RecommendDirection;
import org.partnershiprecord.domain.programme.ProgrammeCommand.ScheduleProgrammePhase;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionOfTravelEndorsed;
import org.partnershiprecord.domain.programme.ProgrammeEvent.DirectionRecommended;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammeLaunched;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ProgrammePhaseScheduled;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceAreaAdded;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceArrangementDecided;
import org.partnershiprecord.domain.programme.ProgrammeEvent.ServiceDecouplingNoted;

/**
 * A partnership's planned set of changes, integration or separation: its numbered phases, the
 * service areas in each with their leads, the officers' recommendations, the directions of travel
 * a body endorsed, and the arrangement finally decided for each area (or its decoupling, noted).
 */
public class Programme {

    @AggregateIdentifier
    private ProgrammeId programmeId;
    private final Set<AuthorityCode> authorities = new LinkedHashSet<>();
    private final Map<Integer, String> phases = new HashMap<>();
    private final Map<String, ServiceArea> serviceAreas = new LinkedHashMap<>();

    protected Programme() {
        // for Axon
    }

    @CommandHandler
    public Programme(LaunchProgramme command, GovernanceDirectory directory) {
        Check.required(command.programmeId(), "The programme id");
        Check.required(command.partnershipId(), "The partnership id");
        ProgrammeKind kind = Check.required(command.kind(), "The kind of programme");
        String title = Check.text(command.title(), "The programme title");
        Set<AuthorityCode> partners = PowerPolicy.authoritiesOf(directory, command.partnershipId());
        apply(new ProgrammeLaunched(command.programmeId(), command.partnershipId(), kind, title, List.copyOf(partners),
                command.launchedOn(), command.resolution()));
    }

    @CommandHandler
    public void handle(ScheduleProgrammePhase command) {
        assertPhaseNumberValid(command.phaseNumber());
        String title = Check.text(command.title(), "The phase title");
        assertPhaseNumberFree(command.phaseNumber());
        apply(new ProgrammePhaseScheduled(programmeId, command.phaseNumber(), title,
                Check.optionalText(command.consideredBy()), command.scheduledConsiderationOn()));
    }

    @CommandHandler
    public void handle(AddServiceArea command) {
        String serviceAreaId = TypedId.validate(command.serviceAreaId(), "The service area id");
        String name = Check.text(command.name(), "The service area name");
        List<LeadOfficer> leads = leadsOf(command.leads());
        assertPhaseScheduled(command.phaseNumber());
        assertNotYetInProgramme(serviceAreaId);
        assertLeadsFromThePartnership(leads, name);
        apply(new ServiceAreaAdded(programmeId, serviceAreaId, name, command.phaseNumber(), leads));
    }

    @CommandHandler
    public void handle(RecommendDirection command) {
        Recommendation recommendation = Check.required(command.recommendation(), "The recommendation");
        String recommendedBy = Check.text(command.recommendedBy(), "Who made the recommendation");
        ServiceArea area = knownServiceArea(command.serviceAreaId());
        assertStillOpen(area, "recommend a direction for it");
        apply(new DirectionRecommended(programmeId, area.id(), area.name(), recommendation, area.recommendation(),
                recommendedBy, command.recommendedOn()));
    }

    @CommandHandler
    public void handle(EndorseDirectionOfTravel command, GovernanceDirectory directory) {
        Check.required(command.resolution(), "The resolution endorsing the direction of travel");
        assertPhaseScheduled(command.phaseNumber());
        List<ServiceArea> areas = areasToEndorse(command.phaseNumber(), command.serviceAreaIds());
        assertSomethingToEndorse(areas, command.phaseNumber());
        areas.forEach(Programme::assertRecommended);
        PowerPolicy.assertBodyHoldsPower(directory, command.resolution(), Power.ENDORSE_DIRECTION_OF_TRAVEL,
                "endorse the direction of travel for phase " + command.phaseNumber());
        List<EndorsedDirection> directions = areas.stream()
                .map(area -> new EndorsedDirection(area.id(), area.name(), area.recommendation()))
                .toList();
        apply(new DirectionOfTravelEndorsed(programmeId, command.phaseNumber(), directions, command.resolution()));
    }

    @CommandHandler
    public void handle(NoteServiceDecoupled command) {
        String decidedBy = Check.text(command.decidedBy(), "The decision that decoupled the service");
        Check.required(command.resolution(), "The resolution noting the decoupling");
        ServiceArea area = knownServiceArea(command.serviceAreaId());
        assertStillOpen(area, "note it as decoupled");
        apply(new ServiceDecouplingNoted(programmeId, area.id(), area.name(), decidedBy, command.decoupledOn(),
                command.resolution()));
    }

    @CommandHandler
    public void handle(DecideServiceArrangement command, GovernanceDirectory directory) {
        Arrangement arrangement = Check.required(command.arrangement(), "The arrangement");
        Check.required(command.resolution(), "The resolution deciding the arrangement");
        String departureReason = Check.optionalText(command.departureReason());
        ServiceArea area = knownServiceArea(command.serviceAreaId());
        assertStillOpen(area, "decide its arrangement");
        assertEndorsedOrDepartureRecorded(area, departureReason);
        assertDepartureExplained(area, arrangement, departureReason);
        PowerPolicy.assertBodyHoldsPower(directory, command.resolution(), Power.DECIDE_SERVICE_ARRANGEMENTS,
                "decide the arrangement for " + area.name());
        boolean departs = area.endorsed() == null || area.endorsed().contradictedBy(arrangement);
        apply(new ServiceArrangementDecided(programmeId, area.id(), area.name(), arrangement, command.effectiveFrom(),
                area.endorsed(), departs, departureReason, command.resolution()));
    }

    private static void assertPhaseNumberValid(int phaseNumber) {
        if (phaseNumber < 1) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "A phase number starts at 1.");
        }
    }

    private void assertPhaseNumberFree(int phaseNumber) {
        if (phases.containsKey(phaseNumber)) {
            throw new RuleViolation(RuleCode.PHASE_NUMBER_TAKEN,
                    "Phase " + phaseNumber + " (" + phases.get(phaseNumber)
                            + ") is already scheduled in this programme.");
        }
    }

    private void assertPhaseScheduled(int phaseNumber) {
        if (!phases.containsKey(phaseNumber)) {
            throw new RuleViolation(RuleCode.UNKNOWN_PHASE,
                    "No phase " + phaseNumber + " has been scheduled in this programme.");
        }
    }

    private void assertNotYetInProgramme(String serviceAreaId) {
        ServiceArea existing = serviceAreas.get(serviceAreaId);
        if (existing != null) {
            throw new RuleViolation(RuleCode.SERVICE_AREA_ALREADY_IN_PROGRAMME,
                    existing.name() + " ('" + serviceAreaId + "') is already in phase " + existing.phaseNumber()
                            + " of this programme.");
        }
    }

    private static List<LeadOfficer> leadsOf(List<LeadOfficer> leads) {
        if (leads == null) {
            return List.of();
        }
        if (leads.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "The lead officers cannot contain an empty entry.");
        }
        return List.copyOf(leads);
    }

    /** Each council names one lead officer for a service area, and only councils of the partnership do. */
    private void assertLeadsFromThePartnership(List<LeadOfficer> leads, String serviceAreaName) {
        Set<AuthorityCode> seen = new LinkedHashSet<>();
        for (LeadOfficer lead : leads) {
            PowerPolicy.assertTakesPart(authorities, lead.authority(), "the lead for " + serviceAreaName);
            if (!seen.add(lead.authority())) {
                throw new RuleViolation(RuleCode.AUTHORITY_LISTED_TWICE,
                        lead.authority() + " is named twice as lead for " + serviceAreaName
                                + "; each council has one lead officer for a service area.");
            }
        }
    }

    private ServiceArea knownServiceArea(String serviceAreaId) {
        String id = Check.text(serviceAreaId, "The service area id");
        ServiceArea area = serviceAreas.get(id);
        if (area == null) {
            throw new RuleViolation(RuleCode.UNKNOWN_SERVICE_AREA,
                    "No service area '" + id + "' has been added to this programme.");
        }
        return area;
    }

    /** A decoupled or decided service area is settled: nothing more is recommended, endorsed or decided for it. */
    private static void assertStillOpen(ServiceArea area, String toDo) {
        if (area.decoupled()) {
            throw new RuleViolation(RuleCode.SERVICE_AREA_ALREADY_DECOUPLED,
                    area.name() + " has already been noted as decoupled, so the record cannot " + toDo + ".");
        }
        if (area.arrangement() != null) {
            throw new RuleViolation(RuleCode.ARRANGEMENT_ALREADY_DECIDED,
                    "The arrangement for " + area.name() + " has already been decided (the service "
                            + area.arrangement().description() + "), so the record cannot " + toDo + ".");
        }
    }

    /** The areas listed, each in the phase and open; or, when none are listed, every open area of the phase. */
    private List<ServiceArea> areasToEndorse(int phaseNumber, List<String> serviceAreaIds) {
        if (serviceAreaIds == null || serviceAreaIds.isEmpty()) {
            return serviceAreas.values().stream()
                    .filter(area -> area.phaseNumber() == phaseNumber && area.open())
                    .toList();
        }
        List<ServiceArea> listed = new ArrayList<>();
        for (String serviceAreaId : serviceAreaIds) {
            ServiceArea area = knownServiceArea(serviceAreaId);
            if (area.phaseNumber() != phaseNumber) {
                throw new RuleViolation(RuleCode.UNKNOWN_SERVICE_AREA,
                        area.name() + " is in phase " + area.phaseNumber() + ", not phase " + phaseNumber + ".");
            }
            if (listed.contains(area)) {
                throw new RuleViolation(RuleCode.INVALID_VALUE, area.name() + " is listed twice for endorsement.");
            }
            assertStillOpen(area, "endorse a direction of travel for it");
            listed.add(area);
        }
        return listed;
    }

    private static void assertSomethingToEndorse(List<ServiceArea> areas, int phaseNumber) {
        if (areas.isEmpty()) {
            throw new RuleViolation(RuleCode.NOTHING_TO_ENDORSE,
                    "Every service area in phase " + phaseNumber + " has already been decoupled or decided (or none"
                            + " was added), so there is no direction of travel left to endorse.");
        }
    }

    private static void assertRecommended(ServiceArea area) {
        if (area.recommendation() == null) {
            throw new RuleViolation(RuleCode.NO_RECOMMENDATION,
                    "No recommendation has been recorded for " + area.name()
                            + ", so there is no direction of travel to endorse for it.");
        }
    }

    private static void assertEndorsedOrDepartureRecorded(ServiceArea area, String departureReason) {
        if (area.endorsed() == null && departureReason == null) {
            throw new RuleViolation(RuleCode.NO_ENDORSED_DIRECTION,
                    "No direction of travel has been endorsed for " + area.name()
                            + "; its arrangement can be decided only after an endorsement, or with a recorded reason"
                            + " to depart from that.");
        }
    }

    private static void assertDepartureExplained(ServiceArea area, Arrangement arrangement, String departureReason) {
        if (area.endorsed() != null && area.endorsed().contradictedBy(arrangement) && departureReason == null) {
            throw new RuleViolation(RuleCode.DEPARTURE_NOT_EXPLAINED,
                    "The endorsed direction for " + area.name() + " was " + area.endorsed().describe()
                            + ", but the decision says the service " + arrangement.description()
                            + "; the reason for departing from the endorsed direction must be recorded.");
        }
    }

    @EventSourcingHandler
    void on(ProgrammeLaunched event) {
        programmeId = event.programmeId();
        authorities.addAll(event.authorities());
    }

    @EventSourcingHandler
    void on(ProgrammePhaseScheduled event) {
        phases.put(event.phaseNumber(), event.title());
    }

    @EventSourcingHandler
    void on(ServiceAreaAdded event) {
        serviceAreas.put(event.serviceAreaId(),
                ServiceArea.added(event.serviceAreaId(), event.name(), event.phaseNumber()));
    }

    @EventSourcingHandler
    void on(DirectionRecommended event) {
        serviceAreas.computeIfPresent(event.serviceAreaId(), (id, area) -> area.recommended(event.recommendation()));
    }

    @EventSourcingHandler
    void on(DirectionOfTravelEndorsed event) {
        event.directions().forEach(direction -> serviceAreas.computeIfPresent(direction.serviceAreaId(),
                (id, area) -> area.endorsedAs(direction.recommendation())));
    }

    @EventSourcingHandler
    void on(ServiceDecouplingNoted event) {
        serviceAreas.computeIfPresent(event.serviceAreaId(), (id, area) -> area.decoupledNoted());
    }

    @EventSourcingHandler
    void on(ServiceArrangementDecided event) {
        serviceAreas.computeIfPresent(event.serviceAreaId(), (id, area) -> area.decided(event.arrangement()));
    }

    /** What the rules need to know of one service area; replaced, never mutated, so replays compare equal. */
    private record ServiceArea(String id, String name, int phaseNumber, Recommendation recommendation,
                               Recommendation endorsed, boolean decoupled, Arrangement arrangement) {

        private static ServiceArea added(String id, String name, int phaseNumber) {
            return new ServiceArea(id, name, phaseNumber, null, null, false, null);
        }

        private ServiceArea recommended(Recommendation newRecommendation) {
            return new ServiceArea(id, name, phaseNumber, newRecommendation, endorsed, decoupled, arrangement);
        }

        private ServiceArea endorsedAs(Recommendation endorsedRecommendation) {
            return new ServiceArea(id, name, phaseNumber, recommendation, endorsedRecommendation, decoupled,
                    arrangement);
        }

        private ServiceArea decoupledNoted() {
            return new ServiceArea(id, name, phaseNumber, recommendation, endorsed, true, arrangement);
        }

        private ServiceArea decided(Arrangement decidedArrangement) {
            return new ServiceArea(id, name, phaseNumber, recommendation, endorsed, decoupled, decidedArrangement);
        }

        private boolean open() {
            return !decoupled && arrangement == null;
        }
    }
}
