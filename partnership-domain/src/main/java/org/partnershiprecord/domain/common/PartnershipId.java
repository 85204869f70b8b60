package org.partnershiprecord.domain.common;

/** Identifies a partnership. */
public record PartnershipId(String value) implements TypedId {

    public PartnershipId {
        value = TypedId.validate(value, "The partnership id");
    }

    public static PartnershipId of(String value) {
        return new PartnershipId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
