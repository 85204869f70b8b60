package org.partnershiprecord.api.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which view to rebuild: a view's processor name (see GET /api/admin/views) or "all". */
record RebuildRequest(
        @Schema(description = "A view's processor name, or 'all' for every view", example = "view-programmes")
        @NotBlank @Size(max = 200) String view) {
}
