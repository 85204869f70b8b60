package org.partnershiprecord.projections.body;

import java.time.LocalDate;
import java.util.List;

import org.partnershiprecord.projections.common.ResolutionView;

/**
 * A governance body as the record shows it now: who it belongs to, the powers it has held (each grant a span,
 * closed when withdrawn) and the people sitting on it. {@code version} is the aggregate version (its ETag).
 */
public record BodyView(String bodyId, String name, String kind, List<String> authorities, String partnershipId,
                       LocalDate constitutedOn, ResolutionView constitutedBy, List<PowerSpanView> powers,
                       List<MembershipView> currentMemberships, List<MembershipView> pastMemberships, long version) {

    /** A power held from a date until (exclusive) the date it was withdrawn from; {@code heldUntil} null while held. */
    public record PowerSpanView(String power, LocalDate heldFrom, LocalDate heldUntil, ResolutionView grantedBy,
                                ResolutionView withdrawnBy) {
    }

    /**
     * A person sitting on the body for an authority (Popolo: a membership with {@code on_behalf_of}). {@code from}
     * and {@code until} are null when the paper does not state them.
     */
    public record MembershipView(String membershipId, String personName, String onBehalfOf, String role,
                                 LocalDate from, LocalDate until) {
    }

    /** A line of the body list. */
    public record Summary(String bodyId, String name, String kind, List<String> authorities, String partnershipId,
                          long version) {
    }
}
