package org.partnershiprecord.projections.common;

import java.time.LocalDate;

import org.partnershiprecord.domain.common.ResolutionRef;

/** Who resolved something, as views show it: plain values, null where the record says "not stated". */
public record ResolutionView(String bodyId, String bodyName, LocalDate decidedOn, String minuteReference,
                             String wording, String subjectTo) {

    public static ResolutionView of(ResolutionRef ref) {
        if (ref == null) {
            return null;
        }
        return new ResolutionView(ref.body() == null ? null : ref.body().value(), ref.bodyName(), ref.decidedOn(),
                ref.minuteReference(), ref.wording(), ref.subjectTo());
    }
}
