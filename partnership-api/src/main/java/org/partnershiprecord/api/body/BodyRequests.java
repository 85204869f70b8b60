package org.partnershiprecord.api.body;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AuthorityCode;

/** Request bodies of the governance body endpoints. */
final class BodyRequests {

    private BodyRequests() {
    }

    record ConstituteBodyRequest(
            @Schema(description = "The body's id: letters, digits, '.', '_' or '-'.", example = "jsspc")
            @NotBlank @Size(max = 100) String bodyId,
            @Schema(example = "Joint Shared Services and Personnel Committee") @NotBlank @Size(max = 500) String name,
            @Schema(description = "Working groups, steering groups and officer teams are informal: they endorse and"
                    + " recommend but hold no power.") @NotNull BodyKind kind,
            @Schema(description = "The codes of the authorities the body belongs to.", example = "[\"OCC\", \"CDC\"]")
            @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 10) String> authorities,
            @Schema(description = "The partnership the body is constituted for, if any; its authorities must take part"
                    + " in it.", example = "occ-cdc") @Size(max = 100) String partnershipId,
            @Schema(description = "The date the body was constituted; omit when not stated.") LocalDate constitutedOn,
            @Schema(description = "The resolution constituting the body; omit when the paper does not say.")
            @Valid ResolutionRequest resolution) {

        List<AuthorityCode> authorityCodes() {
            return authorities.stream().map(AuthorityCode::of).toList();
        }
    }

    record GrantPowerRequest(
            @NotNull Power power,
            @Schema(description = "The first day the power is held.", example = "2018-10-01") @NotNull LocalDate grantedFrom,
            @Schema(description = "The resolution granting or delegating the power.")
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record WithdrawPowerRequest(
            @Schema(description = "The first day the power is no longer held.", example = "2022-09-01")
            @NotNull LocalDate withdrawnFrom,
            @Schema(description = "The resolution withdrawing the power.") @Valid @NotNull ResolutionRequest resolution) {
    }

    /** Popolo: a membership of a person in an organization, on behalf of another organization. */
    record AddBodyMemberRequest(
            @Schema(description = "An id for this membership, unique within the body.", example = "occ-cabinet-member-1")
            @NotBlank @Size(max = 200) String membershipId,
            @Schema(example = "Cabinet Member for the Cherwell Partnership") @NotBlank @Size(max = 500) String personName,
            @Schema(description = "The code of the authority the member sits for.", example = "OCC")
            @NotBlank @Size(max = 10) String onBehalfOf,
            @Schema(example = "Cabinet Member: Cherwell Partnership") @Size(max = 500) String role,
            @Schema(description = "The first day of the membership; omit when not stated.") LocalDate from) {
    }

    record EndBodyMembershipRequest(
            @Schema(description = "The last day of the membership; null when not stated.") LocalDate endedOn) {
    }
}
