package org.partnershiprecord.api.admin;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A rebuild as the monitoring officer sees it: what was asked for, by whom, and how far each view has got.
 *
 * @param state RUNNING while any of its views is; FAILED if any failed; else COMPLETED
 */
@Schema(description = "A rebuild of one view, or of all of them, from the event log")
public record RebuildStatus(
        @Schema(example = "5f0c1b9e-3c0e-4c47-9a55-2d1f5f0f4d0a") String rebuildId,
        @Schema(description = "The view asked for, or 'all'", example = "view-programmes") String requested,
        @Schema(description = "Who asked for it", example = "monitor") String requestedBy,
        RebuildState state,
        Instant startedAt,
        @Schema(description = "When the last of its views finished; null while running") Instant finishedAt,
        List<ViewProgress> views) {

    /**
     * One view's part in a rebuild. Events are counted in the log (every event is read, also those the view has no
     * use for); the total is the log as it stood when the rebuild was asked for.
     */
    @Schema(description = "How far one view has got in reading the log again")
    public record ViewProgress(
            @Schema(description = "The view's event processor", example = "view-programmes") String view,
            RebuildState state,
            @Schema(description = "The log's last position when the rebuild was asked for: the view is rebuilt when "
                    + "it has read up to here") long head,
            @Schema(description = "Events in the log up to head") long eventsTotal,
            @Schema(description = "Events read again so far") long eventsProcessed,
            @Schema(description = "Events read per second since the view was emptied") double eventsPerSecond,
            @Schema(description = "Estimated seconds left at the current rate; null until there is a rate, 0 when done")
            Long estimatedSecondsLeft,
            Instant startedAt,
            @Schema(description = "When the view was emptied and started reading from the beginning; null before")
            Instant tokensResetAt,
            Instant finishedAt,
            @Schema(description = "Seconds from emptying the view to finishing; null while running")
            Double durationSeconds,
            @Schema(description = "What happened, in a sentence") String outcome,
            @Schema(description = "Why it failed, or the error its processor is retrying on while running; else null")
            String error) {
    }
}
