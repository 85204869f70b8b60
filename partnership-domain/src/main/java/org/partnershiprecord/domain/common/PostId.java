package org.partnershiprecord.domain.common;

/** Identifies a post. */
public record PostId(String value) implements TypedId {

    public PostId {
        value = TypedId.validate(value, "The post id");
    }

    public static PostId of(String value) {
        return new PostId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
