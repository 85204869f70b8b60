package org.partnershiprecord.api.jointpost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.jointpost.AppointmentBasis;
import org.partnershiprecord.domain.jointpost.CostShare;
import org.partnershiprecord.domain.jointpost.PostTier;
import org.partnershiprecord.domain.jointpost.SalaryRange;

/** Request bodies of the joint post endpoints. Money is whole pence; percentages are exact decimals. */
final class JointPostRequests {

    private JointPostRequests() {
    }

    record ProposeJointPostRequest(
            @Schema(description = "The post's id: letters, digits, '.', '_' or '-'.",
                    example = "joint-corporate-director-commercial")
            @NotBlank @Size(max = 100) String postId,
            @Schema(description = "The partnership whose structure the post is in.", example = "occ-cdc")
            @NotBlank @Size(max = 100) String partnershipId,
            @Schema(example = "Corporate Director: Commercial Development, Assets and Investment")
            @NotBlank @Size(max = 1000) String title,
            @Schema(example = "strategic finance, assets, property, commercial matters, procurement and contracts")
            @Size(max = 10000) String remit,
            @NotNull PostTier tier,
            @Schema(description = "The authority holding the contract of employment.", example = "OCC")
            @NotBlank @Size(max = 10) String employingAuthority,
            @Schema(description = "The authorities the post works for; one means a single-authority post.",
                    example = "[\"OCC\", \"CDC\"]")
            @NotEmpty List<@NotBlank @Size(max = 10) String> servedAuthorities,
            @Schema(description = "The salary range; omit when the paper states none.")
            @Valid SalaryRangeRequest salaryRange,
            @Schema(description = "How the cost is split; omit or leave empty when not yet stated (the authorities"
                    + " served are then taken to pay).")
            List<@Valid @NotNull CostShareRequest> costSplit,
            @Valid @NotNull ResolutionRequest resolution) {

        List<AuthorityCode> served() {
            return servedAuthorities.stream().map(AuthorityCode::of).toList();
        }

        SalaryRange range() {
            return salaryRange == null ? null : salaryRange.toRange();
        }

        List<CostShare> split() {
            return costSplit == null ? List.of() : costSplit.stream().map(CostShareRequest::toShare).toList();
        }
    }

    /**
     * A salary range in whole pence. Typed as a decimal only so that a fractional amount is refused (400) rather
     * than silently truncated, as reading it straight into a whole number would do.
     */
    @Schema(description = "A salary range in whole pence, e.g. £117,912 - £144,228 is 11791200 - 14422800.")
    record SalaryRangeRequest(
            @Schema(type = "integer", format = "int64", description = "The bottom of the range in whole pence.",
                    example = "11791200")
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 0) BigDecimal minimumPence,
            @Schema(type = "integer", format = "int64", description = "The top of the range in whole pence.",
                    example = "14422800")
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 0) BigDecimal maximumPence) {

        SalaryRange toRange() {
            return SalaryRange.of(Money.pence(minimumPence.longValueExact()),
                    Money.pence(maximumPence.longValueExact()));
        }
    }

    record CostShareRequest(
            @Schema(example = "OCC") @NotBlank @Size(max = 10) String authority,
            @Schema(type = "string", description = "The percentage this authority pays, more than 0 and at most 100,"
                    + " to at most two decimal places. A JSON string (\"33.33\") or number (33.33), read exactly as a"
                    + " decimal, never as floating point.", example = "50.00")
            @NotNull BigDecimal percent) {

        CostShare toShare() {
            return new CostShare(AuthorityCode.of(authority), percent);
        }
    }

    /** The shares must sum to exactly 100. */
    record CostSplitRequest(@NotEmpty List<@Valid @NotNull CostShareRequest> costSplit,
                            @Valid @NotNull ResolutionRequest resolution) {

        List<CostShare> split() {
            return costSplit.stream().map(CostShareRequest::toShare).toList();
        }
    }

    @Schema(description = "A paying authority's full council approves the salary package; the resolution must name"
            + " that full council and the date it sat.")
    record SalaryApprovalRequest(
            @Schema(example = "OCC") @NotBlank @Size(max = 10) String authority,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record AppointmentRequest(
            @Schema(description = "The appointment's id: letters, digits, '.', '_' or '-'.",
                    example = "commercial-director-permanent")
            @NotBlank @Size(max = 100) String appointmentId,
            @Schema(description = "The person appointed; omit when the paper does not name them.")
            @Size(max = 1000) String personName,
            @NotNull AppointmentBasis basis,
            @Schema(example = "2019-09-01") @NotNull LocalDate startsOn,
            @Schema(description = "The resolution making the appointment; for a joint chief-officer post it must name a"
                    + " body holding the power to appoint joint chief officers, and the date.")
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record EndAppointmentRequest(
            @Schema(example = "2022-03-31") @NotNull LocalDate endedOn,
            @Schema(example = "Resigned") @Size(max = 10000) String reason,
            @Schema(description = "The resolution ending the appointment; omit when none did (e.g. a resignation).")
            @Valid ResolutionRequest resolution) {
    }
}
