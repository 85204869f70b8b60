package org.partnershiprecord.api.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** A view's processor: how far it has read the log, whether it is being rebuilt, and whether it is failing. */
@Schema(description = "A view (a tracking event processor) and how far it has read the log")
public record ViewStatus(
        @Schema(description = "The view's event processor, the name a rebuild asks for", example = "view-programmes")
        String processorName,
        @Schema(description = "Whether its processor is running in this instance") boolean running,
        @Schema(description = "The last position every segment has read; null when no segment is active here")
        Long position,
        @Schema(description = "The log's last position") long head,
        @Schema(description = "Events' positions still to read (head - position); null when position is") Long behind,
        @Schema(description = "Whether a rebuild of it is running (its answers are then incomplete)")
        boolean rebuilding,
        @Schema(description = "The running rebuild, if any") String rebuildId,
        @Schema(description = "Axon's replay flag: it stays true after a replay until the next new event arrives, "
                + "so 'rebuilding' is the one to trust") boolean replaying,
        @Schema(description = "Whether a segment is failing on an event and retrying with back-off")
        boolean errorState,
        @Schema(description = "The failure it is retrying on, if any") String error) {
}
