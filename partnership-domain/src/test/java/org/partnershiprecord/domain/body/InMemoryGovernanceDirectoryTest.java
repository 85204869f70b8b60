package org.partnershiprecord.domain.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.Minutes;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

class InMemoryGovernanceDirectoryTest {

    static final BodyId JSSPC = BodyId.of("jsspc");
    static final ResolutionRef R = Minutes.notStated("delegation");

    @Test
    void aPowerIsHeldFromItsGrantUntilTheDayItIsWithdrawn() {
        InMemoryGovernanceDirectory directory = new InMemoryGovernanceDirectory().onAll(
                new BodyConstituted(JSSPC, "JSSPC", BodyKind.JOINT_COMMITTEE, List.of(AuthorityCode.of("OCC"),
                        AuthorityCode.of("CDC")), null, null, null),
                new PowerGranted(JSSPC, "JSSPC", Power.APPOINT_JOINT_CHIEF_OFFICERS, LocalDate.of(2018, 10, 1), R),
                new PowerWithdrawn(JSSPC, "JSSPC", Power.APPOINT_JOINT_CHIEF_OFFICERS, LocalDate.of(2022, 9, 1), R));

        assertThat(directory.holdsPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, LocalDate.of(2018, 9, 30))).isFalse();
        assertThat(directory.holdsPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, LocalDate.of(2018, 10, 1))).isTrue();
        assertThat(directory.holdsPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, LocalDate.of(2022, 8, 31))).isTrue();
        assertThat(directory.holdsPower(JSSPC, Power.APPOINT_JOINT_CHIEF_OFFICERS, LocalDate.of(2022, 9, 1))).isFalse();
        assertThat(directory.holdsPower(JSSPC, Power.APPROVE_SALARY_PACKAGES, LocalDate.of(2019, 1, 1))).isFalse();
    }

    @Test
    void thePowerPolicyNamesTheBodyAndTheDateWhenItRefuses() {
        InMemoryGovernanceDirectory directory = new InMemoryGovernanceDirectory().on(
                new BodyConstituted(BodyId.of("occ-cabinet"), "Cabinet", BodyKind.CABINET, List.of(AuthorityCode.of("OCC")),
                        null, null, null));
        ResolutionRef cabinet = Minutes.resolved("occ-cabinet", "Cabinet", LocalDate.of(2019, 7, 16), "18", "Appoint");

        assertThatThrownBy(() -> PowerPolicy.assertBodyHoldsPower(directory, cabinet, Power.APPOINT_JOINT_CHIEF_OFFICERS,
                "appoint to a joint chief-officer post"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(RuleCode.POWER_NOT_HELD);
                    assertThat(v.getMessage()).contains("Cabinet").contains("2019-07-16");
                });
        assertThatThrownBy(() -> PowerPolicy.assertBodyHoldsPower(directory, Minutes.notStated("Appoint"),
                Power.APPOINT_JOINT_CHIEF_OFFICERS, "appoint"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo(RuleCode.RESOLVING_BODY_NOT_STATED));
        assertThatThrownBy(() -> PowerPolicy.assertBodyHoldsPower(directory,
                Minutes.resolved("nobody", "Nobody", LocalDate.of(2019, 1, 1), null, "x"),
                Power.APPOINT_JOINT_CHIEF_OFFICERS, "appoint"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo(RuleCode.UNKNOWN_BODY));
    }
}
