package org.partnershiprecord.domain.partnership;

import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/** A review's judgement of one numbered principle or objective. */
public record Assessment(Subject subject, int number, AssessmentOutcome outcome, String commentary) {

    /** What is assessed. */
    public enum Subject { PRINCIPLE, OBJECTIVE }

    public Assessment {
        Check.required(subject, "What is assessed (principle or objective)");
        Check.required(outcome, "The assessment outcome");
        commentary = Check.optionalText(commentary);
        if (number < 1) {
            throw new RuleViolation(RuleCode.INVALID_VALUE, "A principle or objective number starts at 1.");
        }
    }
}
