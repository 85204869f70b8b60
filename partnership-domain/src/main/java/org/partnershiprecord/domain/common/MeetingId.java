package org.partnershiprecord.domain.common;

/** Identifies a meeting. */
public record MeetingId(String value) implements TypedId {

    public MeetingId {
        value = TypedId.validate(value, "The meeting id");
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
