package org.partnershiprecord.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.partnershiprecord.domain.jointpost.CostShare;

/** Values are refused with INVALID_VALUE before they can reach the record, and refusals stay short. */
class ValueGuardsTest {

    @Test
    void textWithControlCharactersIsRefused() {
        assertThatThrownBy(() -> Check.text("Endorsed\u0001", "The wording"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo(RuleCode.INVALID_VALUE));
        assertThat(Check.text("Line one\nLine two\ttabbed", "The wording")).contains("\n");
    }

    @Test
    void moneyBeyondAnyCouncilsIsRefused() {
        assertThatThrownBy(() -> Money.pence(Money.MAX_PENCE + 1)).isInstanceOf(RuleViolation.class);
        assertThat(Money.pence(Money.MAX_PENCE).pence()).isEqualTo(Money.MAX_PENCE);
    }

    @Test
    void aRefusedPercentageIsNotWrittenOutInTheMessage() {
        assertThatThrownBy(() -> new CostShare(AuthorityCode.of("OCC"), new BigDecimal("1e999999999")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getMessage()).hasSizeLessThan(200));
    }
}
