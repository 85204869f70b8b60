package org.partnershiprecord.api.support;

/**
 * The resolutions of the Joint Shared Services and Personnel Committee's 2022 separation update,
 * verbatim from ../shared/seeds/jsspc-2022-separation-update.txt ("Resolved" (1) to (4)).
 */
public final class Seed2022 {

    public static final String NOTED_HOUSING =
            "That it be noted that housing services had already been decoupled as a statutory services decision.";
    public static final String ENDORSED_PHASE_ONE =
            "That the direction of travel for services in phase one be endorsed: ongoing partnership opportunity for"
                    + " Emergency Planning, Environmental Health and Climate Team, with further work required on the"
                    + " Climate Team.";
    public static final String ENDORSED_PHASE_TWO =
            "That the direction of travel for services in phase two be endorsed: ongoing partnership opportunity for"
                    + " procurement, internal audit and counter fraud; decoupling of Legal Services, Democratic"
                    + " Services, Policy & Performance, Communications, Information Governance, FOI\u2019s and, HR"
                    + " Training & Health and Safety.";
    public static final String ENDORSED_PHASE_THREE =
            "That the direction of travel for services in phase three be endorsed: an ongoing partnership opportunity"
                    + " for IT Services; ongoing partnership opportunity, with further work required for Property"
                    + " Services, Customer Services and Continuous Improvement.";

    private Seed2022() {
    }
}
