package org.partnershiprecord.api.businesscase;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.businesscase.ConsiderationRole;
import org.partnershiprecord.domain.businesscase.DecisionOutcome;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.Money;
import org.partnershiprecord.domain.common.SavingEstimate;

/** Request bodies of the business case endpoints. */
final class BusinessCaseRequests {

    private BusinessCaseRequests() {
    }

    record SubmitBusinessCaseRequest(
            @Schema(description = "The business case's id: letters, digits, '.', '_' or '-'.",
                    example = "cdc-snc-joint-performance-2012")
            @NotBlank @Size(max = 100) String businessCaseId,
            @Schema(example = "cdc-snc") @NotBlank @Size(max = 100) String partnershipId,
            @Schema(example = "A Joint Performance Service") @NotBlank @Size(max = 1000) String title,
            @Schema(example = "Performance, information management and consultation")
            @NotBlank @Size(max = 1000) String service,
            @Size(max = 20000) String summary,
            @Schema(description = "The savings the case states; leave empty when it states none (\"met within"
                    + " existing budgets\").")
            List<@Valid @NotNull SavingRequest> savings,
            @Schema(description = "When the case was put forward; omit when not stated.") LocalDate submittedOn,
            @Schema(description = "Schedule 12A paragraphs (1-7) when the case is exempt information; omit when it is not.",
                    example = "[1, 3]") @jakarta.validation.constraints.Size(max = 7) List<Integer> exemptParagraphs) {

        org.partnershiprecord.domain.meeting.Exemption exemption() {
            return exemptParagraphs == null || exemptParagraphs.isEmpty() ? null
                    : new org.partnershiprecord.domain.meeting.Exemption(exemptParagraphs);
        }

        List<SavingEstimate> savingEstimates() {
            return savings == null ? List.of() : savings.stream().map(SavingRequest::toSaving).toList();
        }
    }

    /** A saving in whole pence; authority and financial year may be left out when the paper does not state them. */
    record SavingRequest(
            @Schema(description = "The council making the saving; omit when the paper gives one figure.",
                    example = "CDC")
            @Size(max = 10) String authority,
            @Schema(description = "Omit when not stated.", example = "2012/13") @Size(max = 7) String financialYear,
            @Schema(description = "Amount in whole pence (never a decimal).", example = "2500000") @Min(0) long pence) {

        SavingEstimate toSaving() {
            return new SavingEstimate(authority == null || authority.isBlank() ? null : AuthorityCode.of(authority),
                    financialYear, Money.pence(pence));
        }
    }

    /** A step a resolution takes alone: an endorsement, an adoption into a policy framework. */
    record ResolutionOnlyRequest(@Valid @NotNull ResolutionRequest resolution) {
    }

    record OpenStaffConsultationRequest(
            @Schema(description = "When consultation opened; omit when not stated.", example = "2012-04-02")
            LocalDate openedOn) {
    }

    record CloseStaffConsultationRequest(
            @Schema(description = "When consultation closed; omit when not stated.", example = "2012-05-02")
            LocalDate closedOn) {
    }

    record ConsiderationRequest(
            @Schema(description = "The part the body played; a decision is recorded through /decision.",
                    example = "PRELIMINARY_CONSIDERATION")
            @NotNull ConsiderationRole role,
            @Schema(example = "SCRUTINY_COMMITTEE") @NotNull BodyKind bodyKind,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record DecisionRequest(@Schema(example = "APPROVED") @NotNull DecisionOutcome outcome,
                           @Valid @NotNull ResolutionRequest resolution) {
    }

    record ImplementationRequest(
            @Schema(description = "When the shared service was put in place; omit when not stated.",
                    example = "2012-10-01")
            LocalDate implementedOn,
            @Size(max = 20000) String notes) {
    }

    record ReopeningRequest(@NotBlank @Size(max = 20000) String reason,
                            @Valid @NotNull ResolutionRequest resolution) {
    }

    /** The recorded decision publishing an exempt business case. */
    record ReleaseExemptionRequest(@NotNull LocalDate releasedOn,
                                   @Valid @NotNull org.partnershiprecord.api.common.ResolutionRequest resolution) {
    }
}
