package org.partnershiprecord.domain.common;

/** Identifies a body. */
public record BodyId(String value) implements TypedId {

    public BodyId {
        value = TypedId.validate(value, "The body id");
    }

    public static BodyId of(String value) {
        return new BodyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
