package org.partnershiprecord.domain.programme;

import org.partnershiprecord.domain.common.Check;

/**
 * A recommendation for a service area. "An ongoing partnership opportunity, with further work
 * required" is {@code ONGOING_PARTNERSHIP} with {@code furtherWorkRequired}; a recommendation of
 * {@code FURTHER_WORK_REQUIRED} always needs further work.
 *
 * @param kind                where the service area should go
 * @param furtherWorkRequired whether further work is needed before the future model is known
 */
public record Recommendation(RecommendationKind kind, boolean furtherWorkRequired) {

    public Recommendation {
        Check.required(kind, "The kind of recommendation");
        furtherWorkRequired = furtherWorkRequired || kind == RecommendationKind.FURTHER_WORK_REQUIRED;
    }

    public static Recommendation ongoingPartnership() {
        return new Recommendation(RecommendationKind.ONGOING_PARTNERSHIP, false);
    }

    public static Recommendation ongoingPartnershipWithFurtherWork() {
        return new Recommendation(RecommendationKind.ONGOING_PARTNERSHIP, true);
    }

    public static Recommendation furtherWork() {
        return new Recommendation(RecommendationKind.FURTHER_WORK_REQUIRED, true);
    }

    public static Recommendation decouple() {
        return new Recommendation(RecommendationKind.DECOUPLE, false);
    }

    /**
     * Whether deciding {@code arrangement} goes against this direction: decoupling what was meant to
     * stay in partnership, or keeping together what was meant to be decoupled. "Further work
     * required" leaves every arrangement open.
     */
    public boolean contradictedBy(Arrangement arrangement) {
        return switch (kind) {
            case ONGOING_PARTNERSHIP -> !arrangement.keepsPartnership();
            case DECOUPLE -> arrangement.keepsPartnership();
            case FURTHER_WORK_REQUIRED -> false;
        };
    }

    public String describe() {
        if (kind != RecommendationKind.FURTHER_WORK_REQUIRED && furtherWorkRequired) {
            return kind.description() + ", with further work required";
        }
        return kind.description();
    }
}
