package org.partnershiprecord.domain.common;

/** A council taking part in a partnership: its code, its name as recorded, its tier. */
public record Authority(AuthorityCode code, String name, Tier tier) {

    public Authority {
        Check.required(code, "The authority code");
        name = Check.text(name, "The authority name");
        Check.required(tier, "The authority tier");
    }
}
