package org.partnershiprecord.api.programme;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.programme.Arrangement;
import org.partnershiprecord.domain.programme.LeadOfficer;
import org.partnershiprecord.domain.programme.ProgrammeKind;
import org.partnershiprecord.domain.programme.Recommendation;
import org.partnershiprecord.domain.programme.RecommendationKind;

/** Request bodies of the programme endpoints. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    record LaunchProgrammeRequest(
            @Schema(description = "The programme's id: letters, digits, '.', '_' or '-'.", example = "occ-cdc-separation")
            @NotBlank @Size(max = 100) String programmeId,
            @Schema(example = "occ-cdc") @NotBlank @Size(max = 100) String partnershipId,
            @NotNull ProgrammeKind kind,
            @Schema(example = "Separation of OCC and CDC joint working") @NotBlank @Size(max = 1000) String title,
            @Schema(description = "When the programme was launched; omit when the paper does not say.")
            LocalDate launchedOn,
            @Schema(description = "The resolution launching the programme; omit when the paper does not say.")
            @Valid ResolutionRequest resolution) {
    }

    record SchedulePhaseRequest(
            @Schema(example = "1") @NotNull @Min(1) Integer phaseNumber,
            @Schema(example = "Phase one") @NotBlank @Size(max = 1000) String title,
            @Schema(description = "The body due to consider the phase; omit when not stated.",
                    example = "Joint Officer Transition Working Group")
            @Size(max = 1000) String consideredBy,
            @Schema(description = "When it is due to be considered; omit when not stated.", example = "2022-04-04")
            LocalDate scheduledConsiderationOn) {
    }

    /** A council's lead officer for a service area; name and role may be left out when the paper does not name them. */
    record LeadOfficerRequest(
            @Schema(example = "CDC") @NotBlank @Size(max = 10) String authority,
            @Size(max = 500) String name,
            @Size(max = 500) String role) {

        LeadOfficer toLeadOfficer() {
            return new LeadOfficer(AuthorityCode.of(authority), name, role);
        }
    }

    record AddServiceAreaRequest(
            @Schema(description = "The service area's id within the programme.", example = "emergency-planning")
            @NotBlank @Size(max = 100) String serviceAreaId,
            @Schema(example = "Emergency Planning") @NotBlank @Size(max = 1000) String name,
            @Schema(example = "1") @NotNull @Min(1) Integer phaseNumber,
            List<@Valid @NotNull LeadOfficerRequest> leads) {

        List<LeadOfficer> toLeadOfficers() {
            return leads == null ? List.of() : leads.stream().map(LeadOfficerRequest::toLeadOfficer).toList();
        }
    }

    record RecommendDirectionRequest(
            @NotNull RecommendationKind kind,
            @Schema(description = "An ongoing partnership opportunity may still need further work; "
                    + "FURTHER_WORK_REQUIRED always does. Omitted means no further work is stated.")
            Boolean furtherWorkRequired,
            @Schema(example = "CDC and OCC leadership teams") @NotBlank @Size(max = 1000) String recommendedBy,
            @Schema(description = "When it was recommended; omit when not stated.") LocalDate recommendedOn) {

        Recommendation toRecommendation() {
            return new Recommendation(kind, Boolean.TRUE.equals(furtherWorkRequired));
        }
    }

    record EndorseDirectionRequest(
            @Schema(description = "The service areas of the phase endorsed; omit to endorse every area of the phase "
                    + "not already decoupled or decided.")
            List<@NotBlank @Size(max = 100) String> serviceAreaIds,
            @Valid @NotNull ResolutionRequest resolution) {

        List<String> serviceAreaIdsOrAll() {
            return serviceAreaIds == null ? List.of() : serviceAreaIds;
        }
    }

    record NoteServiceDecoupledRequest(
            @Schema(description = "The decision that decoupled the service.", example = "statutory services decision")
            @NotBlank @Size(max = 1000) String decidedBy,
            @Schema(description = "When it was decoupled; omit when not stated.") LocalDate decoupledOn,
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record DecideArrangementRequest(
            @NotNull Arrangement arrangement,
            LocalDate effectiveFrom,
            @Schema(description = "Why the decision departs from the endorsed direction, or is taken without one.")
            @Size(max = 10000) String departureReason,
            @Valid @NotNull ResolutionRequest resolution) {
    }
}
