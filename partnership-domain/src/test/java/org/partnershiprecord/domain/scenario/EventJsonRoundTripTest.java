package org.partnershiprecord.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.meeting.Exemption;
import org.partnershiprecord.domain.meeting.MeetingEvent.ResolutionRescinded;

/**
 * Every event the three council papers produce goes through Axon's {@link JacksonSerializer}, as the event store
 * will write it, and comes back equal, typed at revision 1. Built from the scenarios rather than hand-made samples,
 * so the values tried are the awkward ones real papers give: nulls for "not stated", curly apostrophes, money,
 * dates, nested records and enums.
 */
class EventJsonRoundTripTest {

    private final JacksonSerializer serializer = ScenarioRecord.json();

    @Test
    void everyEventOfTheJsspcSeparationUpdateSurvivesJson() {
        assertEveryEventRoundTrips(recorded(JsspcSeparation2022ScenarioTest::recordThePaper));
    }

    @Test
    void everyEventOfTheSeniorJointRolesPaperAndItsHypotheticalContinuationSurvivesJson() {
        assertEveryEventRoundTrips(recorded(record -> {
            SeniorJointRoles2019ScenarioTest.recordThePaper(record);
            SeniorJointRoles2019ScenarioTest.recordTheHypotheticalContinuation(record);
        }));
    }

    @Test
    void everyEventOfTheCouncilPolicyFrameworkPaperSurvivesJson() {
        assertEveryEventRoundTrips(recorded(CouncilPolicyFramework2012ScenarioTest::recordThePaper));
    }

    /**
     * The papers rescind nothing, so the rescission is tried by hand: a stated reason and an exemption, and then
     * neither (nulls for "not stated"), with a curly apostrophe in the wording.
     */
    @Test
    void theRescissionOfAResolutionSurvivesJson() {
        MeetingId meeting = MeetingId.of("jsspc-2022-03-15");
        ResolutionRef rescinding = ResolutionRef.of(BodyId.of("jsspc"), "Joint Shared Services and Personnel Committee",
                LocalDate.of(2022, 6, 14), "(6)", "That resolution 9(1) be rescinded.");
        assertEveryEventRoundTrips(List.of(
                new ResolutionRescinded(meeting, "9", "9(1)", LocalDate.of(2022, 3, 15),
                        "That the Committee\u2019s staffing proposal be approved.", rescinding,
                        "The proposal was withdrawn.", Exemption.of(1, 2, 3, 4)),
                new ResolutionRescinded(meeting, null, "(3)", null, "Endorsed.", rescinding, null, null)));
    }

    @Test
    void theScenariosTogetherExerciseTwentySevenKindsOfEvent() {
        List<Object> events = new ArrayList<>();
        events.addAll(recorded(JsspcSeparation2022ScenarioTest::recordThePaper));
        events.addAll(recorded(record -> {
            SeniorJointRoles2019ScenarioTest.recordThePaper(record);
            SeniorJointRoles2019ScenarioTest.recordTheHypotheticalContinuation(record);
        }));
        events.addAll(recorded(CouncilPolicyFramework2012ScenarioTest::recordThePaper));

        Set<String> kinds = events.stream().map(event -> event.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(
                "PartnershipFormed", "PartnershipCommenced", "PrincipleAdopted", "ObjectiveSet", "PartnershipReviewed",
                "BodyConstituted", "PowerGranted",
                "AgreementEntered", "TerminationDateAgreed",
                "ProgrammeLaunched", "ProgrammePhaseScheduled", "ServiceAreaAdded", "DirectionRecommended",
                "DirectionOfTravelEndorsed", "ServiceDecouplingNoted",
                "MeetingHeld", "AgendaItemAdded", "ResolutionRecorded", "ResolutionConditionMet",
                "JointPostProposed", "SalaryPackageApproved", "JointPostAppointed",
                "BusinessCaseSubmitted", "BusinessCaseEndorsed", "StaffConsultationOpened", "StaffConsultationClosed",
                "BusinessCaseAdoptedIntoPolicyFramework");
    }

    private void assertEveryEventRoundTrips(List<Object> events) {
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(event -> {
            SerializedObject<String> json = serializer.serialize(event, String.class);
            assertThat(json.getType().getName()).isEqualTo(event.getClass().getName());
            assertThat(json.getType().getRevision()).as("revision of %s", json.getType().getName()).isEqualTo("1");
            Object back = serializer.deserialize(json);
            assertThat(back).as("%s read back from %s", event.getClass().getSimpleName(), json.getData())
                    .isEqualTo(event);
        });
    }

    private static List<Object> recorded(Consumer<ScenarioRecord> paper) {
        try (ScenarioRecord record = new ScenarioRecord()) {
            paper.accept(record);
            return record.events();
        }
    }
}
