package org.partnershiprecord.api.agreement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.agreement.AgreementType;
import org.partnershiprecord.domain.common.AuthorityCode;

/** Request bodies of the agreement endpoints. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    record EnterIntoAgreementRequest(
            @Schema(description = "The agreement's id: letters, digits, '.', '_' or '-'.", example = "occ-cdc-s113")
            @NotBlank @Size(max = 100) String agreementId,
            @Schema(description = "The partnership whose councils are parties.", example = "occ-cdc")
            @NotBlank @Size(max = 100) String partnershipId,
            @Schema(example = "SECTION_113") @NotNull AgreementType type,
            @Schema(example = "Section 113 Agreement between Oxfordshire County Council and Cherwell District Council")
            @NotBlank @Size(max = 1000) String title,
            @Schema(description = "The authority codes of the parties: two or more councils of the partnership.",
                    example = "[\"OCC\", \"CDC\"]")
            @NotEmpty List<@NotBlank @Size(max = 10) String> parties,
            @Schema(description = "The date the agreement took effect; omit when the papers do not state it.",
                    example = "2018-10-01")
            LocalDate effectiveFrom,
            @Valid @NotNull ResolutionRequest resolution) {

        List<AuthorityCode> partyCodes() {
            return parties.stream().map(AuthorityCode::of).toList();
        }
    }

    record ReviewAgreementRequest(
            @Schema(description = "The day of the review; omit when the papers give none.", example = "2019-03-26")
            LocalDate reviewedOn,
            @Schema(example = "The six-month review found the arrangements working well.")
            @NotBlank @Size(max = 20000) String outcome,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record VaryAgreementRequest(
            @Schema(example = "Schedule 1 amended to add the shared Environmental Health service.")
            @NotBlank @Size(max = 20000) String variation,
            @Schema(description = "When the variation takes effect; omit when not stated.") LocalDate effectiveFrom,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record AgreeTerminationDateRequest(
            @Schema(description = "The date the agreement will end; agreeing again moves it.", example = "2022-08-31")
            @NotNull LocalDate terminationDate,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record TerminateAgreementRequest(
            @Schema(description = "The date the agreement ended.", example = "2022-08-31")
            @NotNull LocalDate terminatedOn,
            @Valid @NotNull ResolutionRequest resolution) {
    }
}
