package org.partnershiprecord.api.common;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.ResolutionRef;

/**
 * Who resolved a decision, as a request states it. Leave out what the paper does not state;
 * the wording is always required. Nothing here says who is recording it: that is the caller.
 */
@Schema(description = "The resolution that authorised a decision: body, date, minute reference, wording and any condition.")
public record ResolutionRequest(
        @Schema(description = "The resolving body's id; omit when the paper does not say.", example = "jsspc")
        String bodyId,
        @Schema(description = "The body's name as recorded; required with bodyId.",
                example = "Joint Shared Services and Personnel Committee")
        @Size(max = 500) String bodyName,
        @Schema(description = "The date of the meeting or decision (ISO); omit when not stated.", example = "2022-03-15")
        LocalDate decidedOn,
        @Schema(description = "The minute reference; omit when not stated.", example = "4(2)")
        @Size(max = 100) String minuteReference,
        @Schema(description = "What was resolved, as written.", example = "That the direction of travel for services in phase one be endorsed.")
        @NotBlank @Size(max = 20000) String wording,
        @Schema(description = "The condition the resolution is subject to, if any.")
        @Size(max = 2000) String subjectTo) {

    public ResolutionRef toRef() {
        return new ResolutionRef(bodyId == null || bodyId.isBlank() ? null : BodyId.of(bodyId), bodyName, decidedOn,
                minuteReference, wording, subjectTo);
    }

    public static ResolutionRef toRefOrNull(ResolutionRequest request) {
        return request == null ? null : request.toRef();
    }
}
