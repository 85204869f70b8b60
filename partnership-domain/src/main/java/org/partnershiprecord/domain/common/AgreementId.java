package org.partnershiprecord.domain.common;

/** Identifies an agreement. */
public record AgreementId(String value) implements TypedId {

    public AgreementId {
        value = TypedId.validate(value, "The agreement id");
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
