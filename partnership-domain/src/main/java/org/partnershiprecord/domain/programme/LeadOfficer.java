package org.partnershiprecord.domain.programme;

import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Check;

/**
 * The officer leading a service area for one council. Papers often say only that each council has
 * a lead, so the name and role may be not stated.
 *
 * @param authority the council the officer leads for
 * @param name      the officer's name, or null when not stated
 * @param role      the officer's role, or null when not stated
 */
public record LeadOfficer(AuthorityCode authority, String name, String role) {

    public LeadOfficer {
        Check.required(authority, "The lead officer's authority");
        name = Check.optionalText(name);
        role = Check.optionalText(role);
    }
}
