package org.partnershiprecord.projections.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.meeting.ConditionStatus;

class ResolutionCorrectionsTest {

    static final String CONDITION = "Cherwell District Council Executive endorsing the proposals on 15 July 2019";

    @Test
    void removingTheConditionMakesTheResolutionUnconditional() {
        assertThat(ResolutionCorrections.conditionStatusAfter(CONDITION, null)).contains(ConditionStatus.UNCONDITIONAL);
    }

    @Test
    void givingAnUnconditionalResolutionAConditionMakesItConditional() {
        assertThat(ResolutionCorrections.conditionStatusAfter(null, CONDITION)).contains(ConditionStatus.CONDITIONAL);
    }

    @Test
    void rewordingAConditionLeavesItsStatusAsItWas() {
        assertThat(ResolutionCorrections.conditionStatusAfter(CONDITION, "Cherwell Executive endorsing")).isEmpty();
    }

    @Test
    void eachCorrectableFieldFillsItsOwnColumnAndOtherFieldsNone() {
        assertThat(ResolutionCorrections.column("minuteReference")).contains("minute_reference");
        assertThat(ResolutionCorrections.column("wording")).contains("wording");
        assertThat(ResolutionCorrections.column("itemNumber")).contains("item_number");
        assertThat(ResolutionCorrections.column("subjectTo")).contains("subject_to");
        assertThat(ResolutionCorrections.column("version; DROP TABLE view_meeting")).isEmpty();
    }
}
