package org.partnershiprecord.domain.body;

import static org.partnershiprecord.domain.common.RuleMatchers.violates;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyCommand.AddBodyMember;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.EndBodyMembership;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyCommand.WithdrawPower;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.BodyMemberAdded;
import org.partnershiprecord.domain.body.BodyEvent.BodyMembershipEnded;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;

class GovernanceBodyTest {

    static final PartnershipId OCC_CDC = PartnershipId.of("occ-cdc");
    static final AuthorityCode OCC = AuthorityCode.of("OCC");
    static final AuthorityCode CDC = AuthorityCode.of("CDC");
    static final BodyId JSSPC = BodyId.of("jsspc");
    static final String JSSPC_NAME = "Joint Shared Services and Personnel Committee";
    static final ResolutionRef CABINET_DELEGATES = Minutes.resolved("occ-cabinet", "Cabinet", LocalDate.of(2018, 9, 18),
            null, "To delegate to the Joint Shared Services and Personnel Committee the appointment of senior staff.");
    static final BodyConstituted CONSTITUTED = new BodyConstituted(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE,
            List.of(OCC, CDC), OCC_CDC, LocalDate.of(2018, 10, 1), null);
    static final LocalDate FROM = LocalDate.of(2018, 10, 1);

    private FixtureConfiguration<GovernanceBody> fixture;
    private InMemoryGovernanceDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemoryGovernanceDirectory().on(new PartnershipFormed(OCC_CDC, "OCC and CDC",
                List.of(new Authority(OCC, "Oxfordshire County Council", Tier.COUNTY),
                        new Authority(CDC, "Cherwell District Council", Tier.DISTRICT)),
                null, null, Minutes.notStated("Formed")));
        fixture = new AggregateTestFixture<>(GovernanceBody.class);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void constitutesAJointCommitteeOfThePartnership() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC), OCC_CDC,
                        LocalDate.of(2018, 10, 1), null))
                .expectEvents(CONSTITUTED);
    }

    @Test
    void aJointCommitteeNeedsTwoAuthorities() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC), OCC_CDC, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.JOINT_BODY_NEEDS_TWO_AUTHORITIES));
    }

    @Test
    void aFullCouncilBelongsToOneAuthority() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteBody(BodyId.of("council"), "Council", BodyKind.FULL_COUNCIL, List.of(OCC, CDC), null,
                        null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.SINGLE_AUTHORITY_BODY_NEEDS_ITS_AUTHORITY));
    }

    @Test
    void cannotListAnAuthorityTwice() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, OCC), null, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_LISTED_TWICE));
    }

    @Test
    void aPartnershipBodyBelongsToCouncilsOfThatPartnership() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, AuthorityCode.of("SNC")),
                        OCC_CDC, null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
    }

    @Test
    void aBodyCannotBeConstitutedForAnUnrecordedPartnership() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteBody(JSSPC, JSSPC_NAME, BodyKind.JOINT_COMMITTEE, List.of(OCC, CDC),
                        PartnershipId.of("nobody"), null, null))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_PARTNERSHIP));
    }

    @Test
    void grantsAPowerByResolution() {
        fixture.given(CONSTITUTED)
                .when(new GrantPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES))
                .expectEvents(new PowerGranted(JSSPC, JSSPC_NAME, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES));
    }

    @Test
    void anInformalGroupCannotHoldAPower() {
        fixture.given(new BodyConstituted(BodyId.of("pwg"), "Partnership Working Group", BodyKind.WORKING_GROUP,
                        List.of(OCC, CDC), OCC_CDC, null, null))
                .when(new GrantPower(BodyId.of("pwg"), Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES))
                .expectNoEvents()
                .expectException(violates(RuleCode.INFORMAL_BODY_CANNOT_HOLD_POWER));
    }

    @Test
    void cannotGrantAPowerAlreadyHeld() {
        fixture.given(CONSTITUTED, new PowerGranted(JSSPC, JSSPC_NAME, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES))
                .when(new GrantPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM.plusDays(1), CABINET_DELEGATES))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_ALREADY_HELD));
    }

    @Test
    void withdrawsAPowerHeld() {
        LocalDate withdrawn = LocalDate.of(2022, 9, 1);
        fixture.given(CONSTITUTED, new PowerGranted(JSSPC, JSSPC_NAME, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES))
                .when(new WithdrawPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, withdrawn, CABINET_DELEGATES))
                .expectEvents(new PowerWithdrawn(JSSPC, JSSPC_NAME, Power.APPOINT_JOINT_CHIEF_OFFICERS, withdrawn, CABINET_DELEGATES));
    }

    @Test
    void cannotWithdrawAPowerNotHeld() {
        fixture.given(CONSTITUTED)
                .when(new WithdrawPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES))
                .expectNoEvents()
                .expectException(violates(RuleCode.POWER_NOT_HELD));
    }

    @Test
    void cannotWithdrawAPowerBeforeItWasGranted() {
        fixture.given(CONSTITUTED, new PowerGranted(JSSPC, JSSPC_NAME, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM, CABINET_DELEGATES))
                .when(new WithdrawPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, FROM.minusDays(1), CABINET_DELEGATES))
                .expectNoEvents()
                .expectException(violates(RuleCode.PROCESS_OUT_OF_ORDER));
    }

    @Test
    void aMemberSitsForOneOfTheBodysAuthorities() {
        fixture.given(CONSTITUTED)
                .when(new AddBodyMember(JSSPC, "m1", "Cllr A. Member", CDC, "Chair", FROM))
                .expectEvents(new BodyMemberAdded(JSSPC, "m1", "Cllr A. Member", CDC, "Chair", FROM));
        fixture.given(CONSTITUTED)
                .when(new AddBodyMember(JSSPC, "m1", "Cllr A. Member", AuthorityCode.of("SNC"), null, FROM))
                .expectNoEvents()
                .expectException(violates(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP));
        fixture.given(CONSTITUTED, new BodyMemberAdded(JSSPC, "m1", "Cllr A. Member", CDC, null, FROM))
                .when(new AddBodyMember(JSSPC, "m1", "Cllr B. Member", CDC, null, FROM))
                .expectNoEvents()
                .expectException(violates(RuleCode.MEMBER_ALREADY_SITTING));
    }

    @Test
    void aMembershipEndsOnce() {
        LocalDate ended = LocalDate.of(2020, 5, 1);
        fixture.given(CONSTITUTED, new BodyMemberAdded(JSSPC, "m1", "Cllr A. Member", CDC, null, FROM))
                .when(new EndBodyMembership(JSSPC, "m1", ended))
                .expectEvents(new BodyMembershipEnded(JSSPC, "m1", ended));
        fixture.given(CONSTITUTED, new BodyMemberAdded(JSSPC, "m1", "Cllr A. Member", CDC, null, FROM),
                        new BodyMembershipEnded(JSSPC, "m1", ended))
                .when(new EndBodyMembership(JSSPC, "m1", ended))
                .expectNoEvents()
                .expectException(violates(RuleCode.UNKNOWN_MEMBERSHIP));
    }
}
