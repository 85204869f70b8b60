package org.partnershiprecord.domain.businesscase;

/**
 * The part a body plays when a business case comes before it. Only one body decides; the others
 * endorse, consider it first, hear it or note it.
 */
public enum ConsiderationRole {
    ENDORSEMENT,
    PRELIMINARY_CONSIDERATION,
    HEARING,
    NOTING,
    DECISION
}
