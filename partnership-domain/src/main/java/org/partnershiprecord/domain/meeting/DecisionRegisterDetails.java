package org.partnershiprecord.domain.meeting;

import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.domain.common.Check;

/**
 * What UK decision registers publish about a decision beyond its wording. Every part may be null:
 * the paper does not state it.
 *
 * @param keyDecision            whether it is a key decision
 * @param subjectToCallIn        whether it may be called in by scrutiny
 * @param effectiveFrom          the date the decision takes effect
 * @param declarationsOfInterest declarations made, as recorded
 * @param publishedOn            the date the decision was published
 * @param forwardPlanReference   the forward plan reference, e.g. "2019/099"
 */
public record DecisionRegisterDetails(Boolean keyDecision, Boolean subjectToCallIn, LocalDate effectiveFrom,
                                      List<String> declarationsOfInterest, LocalDate publishedOn,
                                      String forwardPlanReference) {

    public DecisionRegisterDetails {
        if (declarationsOfInterest != null) {
            declarationsOfInterest = declarationsOfInterest.stream()
                    .map(declaration -> Check.text(declaration, "A declaration of interest"))
                    .toList();
        }
        forwardPlanReference = Check.optionalText(forwardPlanReference);
    }

    public static DecisionRegisterDetails forwardPlan(String reference) {
        return new DecisionRegisterDetails(null, null, null, null, null, reference);
    }
}
