package org.partnershiprecord.domain.common;

/** Identifies an appointment. */
public record AppointmentId(String value) implements TypedId {

    public AppointmentId {
        value = TypedId.validate(value, "The appointment id");
    }

    public static AppointmentId of(String value) {
        return new AppointmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
