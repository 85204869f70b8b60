package org.partnershiprecord.api.partnership;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.SavingEstimate;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.partnership.Assessment;
import org.partnershiprecord.domain.partnership.AssessmentOutcome;

/** Request bodies of the partnership endpoints. */
final class PartnershipRequests {

    private PartnershipRequests() {
    }

    record AuthorityRequest(
            @Schema(example = "OCC") @NotBlank @Size(max = 10) String code,
            @Schema(example = "Oxfordshire County Council") @NotBlank @Size(max = 500) String name,
            @NotNull Tier tier) {

        Authority toAuthority() {
            return new Authority(AuthorityCode.of(code), name, tier);
        }
    }

    record FormPartnershipRequest(
            @Schema(description = "The partnership's id: letters, digits, '.', '_' or '-'.", example = "occ-cdc")
            @NotBlank @Size(max = 100) String partnershipId,
            @Schema(example = "Oxfordshire County Council and Cherwell District Council joint working")
            @NotBlank @Size(max = 500) String name,
            @NotEmpty List<@Valid @NotNull AuthorityRequest> authorities,
            LocalDate formedOn,
            @Size(max = 2000) String modelOfJointWorking,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record NumberedTextRequest(@Min(1) int number, @NotBlank @Size(max = 10000) String text,
                               @Valid @NotNull ResolutionRequest resolution) {
    }

    record AssessmentRequest(@NotNull Assessment.Subject subject, @Min(1) int number,
                             @NotNull AssessmentOutcome outcome, @Size(max = 10000) String commentary) {

        Assessment toAssessment() {
            return new Assessment(subject, number, outcome, commentary);
        }
    }

    /** A saving in whole pence; authority and financial year may be left out when the paper does not state them. */
    record SavingRequest(@Size(max = 10) String authority,
                         @Schema(example = "2019/20") @Size(max = 7) String financialYear,
                         @Schema(description = "Amount in whole pence (never a decimal).", example = "31400000")
                         @Min(0) long pence) {

        SavingEstimate toSaving() {
            return new SavingEstimate(authority == null || authority.isBlank() ? null : AuthorityCode.of(authority),
                    financialYear, Money.pence(pence));
        }
    }

    record ReviewRequest(@NotBlank @Size(max = 100) String reviewId, @NotBlank @Size(max = 1000) String title,
                         LocalDate reviewedOn, List<@Valid @NotNull AssessmentRequest> assessments,
                         List<@Valid @NotNull SavingRequest> savings, List<@NotBlank String> recommendations,
                         @Valid @NotNull ResolutionRequest resolution) {
    }

    /** A change of the partnership's status on a date, by resolution. */
    record StatusChangeRequest(LocalDate on, @Valid @NotNull ResolutionRequest resolution) {
    }
}
