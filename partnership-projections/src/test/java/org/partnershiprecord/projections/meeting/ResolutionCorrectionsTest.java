package org.partnershiprecord.projections.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolutionCorrectionsTest {

    @Test
    void eachCorrectableFieldFillsItsOwnColumnAndOtherFieldsNone() {
        assertThat(ResolutionCorrections.column("minuteReference")).contains("minute_reference");
        assertThat(ResolutionCorrections.column("wording")).contains("wording");
        assertThat(ResolutionCorrections.column("itemNumber")).contains("item_number");
        assertThat(ResolutionCorrections.column("subjectTo")).contains("subject_to");
        assertThat(ResolutionCorrections.column("version; DROP TABLE view_meeting")).isEmpty();
    }
}
