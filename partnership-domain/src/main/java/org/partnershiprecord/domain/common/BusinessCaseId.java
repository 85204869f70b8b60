package org.partnershiprecord.domain.common;

/** Identifies a business case. */
public record BusinessCaseId(String value) implements TypedId {

    public BusinessCaseId {
        value = TypedId.validate(value, "The business case id");
    }

    public static BusinessCaseId of(String value) {
        return new BusinessCaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
