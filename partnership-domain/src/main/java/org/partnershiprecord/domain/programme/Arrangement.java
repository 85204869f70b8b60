package org.partnershiprecord.domain.programme;

/** How a service area is finally delivered once its arrangement is decided. */
public enum Arrangement {
    SHARED_SECTION_113("stays shared under the section 113 agreement"),
    SECTION_101_DELEGATION("is delegated under section 101"),
    SERVICE_LEVEL_AGREEMENT("is supplied under a service level agreement"),
    DECOUPLED("is decoupled");

    private final String description;

    Arrangement(String description) {
        this.description = description;
    }

    /** Words for a sentence: "the service {description}". */
    public String description() {
        return description;
    }

    /** Every arrangement but decoupling keeps the councils working together on the service. */
    public boolean keepsPartnership() {
        return this != DECOUPLED;
    }
}
