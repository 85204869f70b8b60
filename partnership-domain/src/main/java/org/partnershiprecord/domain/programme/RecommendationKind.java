package org.partnershiprecord.domain.programme;

/** Where the officers recommend a service area should go, in the words of the papers. */
public enum RecommendationKind {
    ONGOING_PARTNERSHIP("an ongoing partnership opportunity"),
    FURTHER_WORK_REQUIRED("further work required"),
    DECOUPLE("decoupling");

    private final String description;

    RecommendationKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
