package org.partnershiprecord.domain.common;

/** Identifies a programme. */
public record ProgrammeId(String value) implements TypedId {

    public ProgrammeId {
        value = TypedId.validate(value, "The programme id");
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
