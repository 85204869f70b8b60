package org.partnershiprecord.domain.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} by its stable rule code (never by its wording). */
public final class RuleMatchers {

    private RuleMatchers() {
    }

    public static Matcher<RuleViolation> violates(RuleCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code() == code && !violation.getMessage().isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was ").appendValue(violation.code()).appendText(": ").appendText(violation.getMessage());
            }
        };
    }
}
