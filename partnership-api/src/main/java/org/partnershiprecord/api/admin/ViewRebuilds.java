package org.partnershiprecord.api.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.partnershiprecord.api.admin.RebuildStatus.ViewProgress;
import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.api.views.ViewPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds views from the event log while the API keeps answering. A view is a tracking event processor named
 * {@code view-*}; rebuilding it is Axon's token reset: shut the processor down, reset its tokens (its
 * {@code @ResetHandler} empties its tables in the same transaction), start it again. It then reads the whole log from
 * the beginning while its readers see it empty and filling up.
 * <p>
 * Axon's own replay flag stays set until a <em>new</em> event arrives after the replay, so it cannot say when a
 * rebuild is done. A rebuild is done when every segment of the processor has read up to the head of the log captured
 * before the reset.
 * <p>
 * The state of rebuilds is held in this instance's memory: it says what this instance started. Subscribing
 * processors (the governance directory the command side looks facts up in) are not views and are never offered.
 */
@Component
public class ViewRebuilds implements DisposableBean {

    /** Asks for every view at once. */
    public static final String ALL = "all";
    static final String VIEW_PREFIX = "view-";

    private static final Logger LOG = LoggerFactory.getLogger(ViewRebuilds.class);
    private static final int KEPT = 50;
    private static final long CHECK_EVERY_MS = 200;

    /** Gaps looked up per token when telling how far a view has read; beyond them a gap counts as open. */
    private static final int MAX_GAPS_CHECKED = 50;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final ViewPositions positions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration logEvery;
    private final Duration gapTimeout;

    /** Views being rebuilt now, by processor name. */
    private final Map<String, ViewRebuild> rebuilding = new ConcurrentHashMap<>();
    /** Recent rebuilds, oldest first. Guarded by {@code this}. */
    private final LinkedHashMap<String, Rebuild> recent = new LinkedHashMap<>();
    /** Shuts down, resets and restarts processors, one at a time, off the request thread. */
    private final ExecutorService resets = Executors.newSingleThreadExecutor(daemon("view-rebuild"));
    /** Notices when rebuilds are done, and logs their progress. */
    private final ScheduledExecutorService monitor =
            Executors.newSingleThreadScheduledExecutor(daemon("view-rebuild-monitor"));

    public ViewRebuilds(EventProcessingConfiguration processing, TokenStore tokenStore, ViewPositions positions,
                        JdbcTemplate jdbc, Clock clock,
                        @Value("${partnership.rebuilds.progress-log-interval:5s}") Duration logEvery,
                        @Value("${partnership.feed.gap-timeout:10s}") Duration gapTimeout) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.positions = positions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.logEvery = logEvery;
        this.gapTimeout = gapTimeout;
        monitor.scheduleWithFixedDelay(this::checkProgress, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** Starts rebuilding one view or, with {@code "all"}, every view; returns the rebuild's id. */
    public String start(String view) {
        return start(view, null);
    }

    /**
     * Starts rebuilding one view or, with {@code "all"}, every view, and answers at once: the resets happen on another
     * thread. Refused (404) for a name that is not a view, and (409) when any of the views is already being rebuilt.
     */
    public synchronized String start(String view, String requestedBy) {
        Map<String, StreamingEventProcessor> views = viewProcessors();
        String requested = view == null ? "" : view.strip();
        List<String> names;
        if (ALL.equals(requested)) {
            names = List.copyOf(views.keySet());
        } else if (views.containsKey(requested)) {
            names = List.of(requested);
        } else {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "There is no view '" + requested
                    + "' to rebuild. Name a view (GET /api/admin/views) or 'all'.",
                    Map.of("views", List.copyOf(views.keySet())));
        }
        List<String> busy = names.stream().filter(rebuilding::containsKey).toList();
        if (!busy.isEmpty()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "REBUILD_IN_PROGRESS", "A rebuild of " + String.join(", ", busy)
                    + " is already running; wait for it to finish.", Map.of("views", busy, "rebuildIds",
                    busy.stream().map(name -> rebuilding.get(name).rebuild.id).distinct().toList()));
        }
        List<String> unsupported = names.stream().filter(name -> !views.get(name).supportsReset()).toList();
        if (!unsupported.isEmpty()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "REBUILD_NOT_SUPPORTED", "The handlers of "
                    + String.join(", ", unsupported) + " do not allow a replay.", Map.of("views", unsupported));
        }
        // The head is captured before any reset: the rebuild is done when the view has read up to here again.
        long head = positions.head();
        long total = eventsUpTo(head);
        Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), requested, requestedBy, clock.instant());
        for (String name : names) {
            ViewRebuild part = new ViewRebuild(rebuild, name, head, total, rebuild.startedAt);
            rebuild.views.add(part);
            rebuilding.put(name, part);
        }
        remember(rebuild);
        LOG.info("Rebuild {} of {} asked for by {}: {} events up to position {}", rebuild.id, requested, requestedBy,
                total, head);
        resets.execute(() -> reset(rebuild));
        return rebuild.id;
    }

    /** Whether any view is being rebuilt now (its answers are then incomplete). */
    public boolean anyRunning() {
        return !rebuilding.isEmpty();
    }

    public synchronized Optional<RebuildStatus> status(String rebuildId) {
        return Optional.ofNullable(recent.get(rebuildId)).map(this::statusOf);
    }

    /** Recent rebuilds, newest first. */
    public synchronized List<RebuildStatus> recent() {
        List<RebuildStatus> newestFirst = new ArrayList<>();
        recent.values().forEach(rebuild -> newestFirst.add(0, statusOf(rebuild)));
        return newestFirst;
    }

    /** Every view, with how far it has read the log. */
    public List<ViewStatus> views() {
        long head = positions.head();
        List<ViewStatus> views = new ArrayList<>();
        viewProcessors().forEach((name, processor) -> {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            Long position = position(segments);
            EventTrackerStatus failing = segments.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                    .orElse(null);
            ViewRebuild running = rebuilding.get(name);
            views.add(new ViewStatus(name, processor.isRunning(), position, head,
                    position == null ? null : Math.max(0, head - position), running != null,
                    running == null ? null : running.rebuild.id, processor.isReplaying(), failing != null,
                    failing == null ? null : text(failing.getError())));
        });
        return views;
    }

    /** The names of the views that can be rebuilt, in order. */
    public List<String> viewNames() {
        return List.copyOf(viewProcessors().keySet());
    }

    @Override
    public void destroy() {
        monitor.shutdownNow();
        resets.shutdownNow();
    }

    // --- the rebuild itself -------------------------------------------------------------------------------------

    /**
     * Shuts the processors down together (each may take up to a second to notice), then resets and restarts them one
     * by one: {@code shutdownAsync().join()} is what {@code shutDown()} does.
     */
    private void reset(Rebuild rebuild) {
        Map<ViewRebuild, CompletableFuture<Void>> stopping = new LinkedHashMap<>();
        for (ViewRebuild view : rebuild.views) {
            StreamingEventProcessor processor = viewProcessors().get(view.name);
            if (processor == null) {
                fail(view, "The view's processor is no longer configured.", null);
            } else {
                stopping.put(view, processor.shutdownAsync());
            }
        }
        stopping.forEach((view, stopped) -> reset(view, viewProcessors().get(view.name), stopped));
    }

    private void reset(ViewRebuild view, StreamingEventProcessor processor, CompletableFuture<Void> stopped) {
        try {
            try {
                stopped.join();
                processor.resetTokens();
                view.segments = Math.max(1, tokenStore.fetchSegments(view.name).length);
                view.tokensResetAt = clock.instant();
                view.lastLoggedAt = view.tokensResetAt;
                LOG.info("Rebuild {}: {} emptied; reading the log again from the start", view.rebuild.id, view.name);
            } finally {
                // Started again whether or not the reset worked: a failed reset leaves the view as it was.
                processor.start();
            }
            view.restarted = true;
        } catch (RuntimeException e) {
            LOG.warn("Rebuild {}: {} could not be reset", view.rebuild.id, view.name, e);
            fail(view, "The view could not be reset; it was left as it was and its processor restarted.", e);
        }
    }

    private void checkProgress() {
        try {
            Instant now = clock.instant();
            for (ViewRebuild view : rebuilding.values()) {
                if (!view.restarted) {
                    continue;
                }
                StreamingEventProcessor processor = viewProcessors().get(view.name);
                if (processor == null || !processor.isRunning()) {
                    fail(view, "The view's processor stopped before it had read the whole log.", null);
                } else if (caughtUp(processor, view)) {
                    complete(view, now);
                } else if (view.lastLoggedAt == null
                        || !now.isBefore(view.lastLoggedAt.plus(logEvery))) {
                    view.lastLoggedAt = now;
                    ViewProgress progress = progress(view);
                    LOG.info("Rebuild {}: {} has read {} of {} events ({}%), {} events/s, about {} s left{}",
                            view.rebuild.id, view.name, progress.eventsProcessed(), progress.eventsTotal(),
                            percent(progress.eventsProcessed(), progress.eventsTotal()),
                            Math.round(progress.eventsPerSecond()),
                            progress.estimatedSecondsLeft() == null ? "?" : progress.estimatedSecondsLeft(),
                            progress.error() == null ? "" : "; retrying after: " + progress.error());
                }
            }
        } catch (RuntimeException e) {
            // The monitor must keep running: the next check tries again.
            LOG.warn("Checking the progress of view rebuilds failed", e);
        }
    }

    /** Every segment of the processor has read up to the head captured before the reset. */
    private boolean caughtUp(StreamingEventProcessor processor, ViewRebuild view) {
        if (view.head < 0) {
            return true;
        }
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.size() < view.segments) {
            return false;
        }
        return status.values().stream().allMatch(segment -> reached(segment.getTrackingToken(), view.head));
    }

    private synchronized void complete(ViewRebuild view, Instant now) {
        if (view.state != RebuildState.RUNNING) {
            return;
        }
        // Out of the running set first: whoever sees COMPLETED must no longer be told the view is rebuilding.
        rebuilding.remove(view.name, view);
        view.finishedAt = now;
        view.state = RebuildState.COMPLETED;
        Duration took = Duration.between(view.tokensResetAt, now);
        LOG.info("Rebuild {}: {} rebuilt from {} events in {} s ({} events/s)", view.rebuild.id, view.name,
                view.total, seconds(took), Math.round(rate(view.total, took)));
    }

    private synchronized void fail(ViewRebuild view, String outcome, Throwable cause) {
        if (view.state != RebuildState.RUNNING) {
            return;
        }
        rebuilding.remove(view.name, view);
        view.finishedAt = clock.instant();
        view.failure = outcome;
        view.error = cause == null ? null : text(cause);
        view.state = RebuildState.FAILED;
        LOG.warn("Rebuild {}: {} failed: {}{}", view.rebuild.id, view.name, outcome,
                cause == null ? "" : " (" + view.error + ")");
    }

    // --- describing ----------------------------------------------------------------------------------------------

    private RebuildStatus statusOf(Rebuild rebuild) {
        List<ViewProgress> views = rebuild.views.stream().map(this::progress).toList();
        RebuildState state = views.stream().anyMatch(v -> v.state() == RebuildState.RUNNING) ? RebuildState.RUNNING
                : views.stream().anyMatch(v -> v.state() == RebuildState.FAILED) ? RebuildState.FAILED
                : RebuildState.COMPLETED;
        Instant finishedAt = state == RebuildState.RUNNING ? null
                : views.stream().map(ViewProgress::finishedAt).max(Instant::compareTo).orElse(null);
        return new RebuildStatus(rebuild.id, rebuild.requested, rebuild.requestedBy, state, rebuild.startedAt,
                finishedAt, views);
    }

    private ViewProgress progress(ViewRebuild view) {
        RebuildState state = view.state;
        Instant resetAt = view.tokensResetAt;
        return switch (state) {
            case COMPLETED -> {
                Duration took = Duration.between(resetAt, view.finishedAt);
                yield new ViewProgress(view.name, state, view.head, view.total, view.total, rate(view.total, took), 0L,
                        view.startedAt, resetAt, view.finishedAt, seconds(took),
                        "Rebuilt from " + view.total + " events in " + seconds(took) + " s.", null);
            }
            case FAILED -> new ViewProgress(view.name, state, view.head, view.total, 0, 0, null, view.startedAt,
                    resetAt, view.finishedAt, null, view.failure, view.error);
            case RUNNING -> {
                StreamingEventProcessor processor = view.restarted ? viewProcessors().get(view.name) : null;
                Collection<EventTrackerStatus> segments = processor == null ? List.of()
                        : processor.processingStatus().values();
                Long position = segments.size() < view.segments ? null : position(segments);
                long processed = position == null ? 0 : eventsUpTo(Math.min(position, view.head));
                Duration elapsed = resetAt == null ? Duration.ZERO : Duration.between(resetAt, clock.instant());
                double rate = rate(processed, elapsed);
                Long left = rate <= 0 ? null : (long) Math.ceil((view.total - processed) / rate);
                String error = segments.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                        .map(segment -> text(segment.getError())).orElse(null);
                String outcome = resetAt == null ? "Waiting for the view to be emptied and restarted."
                        : "Reading the log again: " + processed + " of " + view.total + " events.";
                yield new ViewProgress(view.name, state, view.head, view.total, processed, rate, left, view.startedAt,
                        resetAt, null, null, outcome, error);
            }
        };
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The view processors, by name, in order. */
    private Map<String, StreamingEventProcessor> viewProcessors() {
        Map<String, StreamingEventProcessor> views = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (name.startsWith(VIEW_PREFIX) && processor instanceof StreamingEventProcessor streaming) {
                views.put(name, streaming);
            }
        });
        return views;
    }

    private long eventsUpTo(long position) {
        if (position < 0) {
            return 0;
        }
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE global_index <= ?",
                Long.class, position);
        return count == null ? 0 : count;
    }

    /** The position every given segment has read up to (the lowest), or null when there is none. */
    private Long position(Collection<EventTrackerStatus> segments) {
        Long lowest = null;
        for (EventTrackerStatus segment : segments) {
            long position = position(segment.getTrackingToken());
            lowest = lowest == null ? position : Math.min(lowest, position);
        }
        return lowest;
    }

    /**
     * The position a token has read up to without an open gap below it; -1 before the first event. A gap is
     * a position handed out to an append that had not committed when the view read past it: open while an
     * event may still arrive there, passed once none holds it and the next event was recorded longer ago than
     * the gap timeout (as the feed decides). An append that was rolled back (a refused or conflicting command)
     * leaves such a gap for ever, and Axon's token keeps it until 10,000 later events: without this, a quiet
     * record would show its views behind for good.
     */
    long position(TrackingToken token) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower == null) {
            return -1;
        }
        if (lower instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
            int checked = 0;
            for (long gap : gapAware.getGaps()) {
                if (++checked > MAX_GAPS_CHECKED || !passed(gap)) {
                    return gap - 1;
                }
            }
            return gapAware.getIndex();
        }
        return lower.position().orElse(-1);
    }

    private boolean passed(long gap) {
        return jdbc.query("""
                SELECT global_index, time_stamp FROM domain_event_entry WHERE global_index >= ?
                 ORDER BY global_index FETCH FIRST 1 ROWS ONLY""",
                (rs, row) -> rs.getLong(1) != gap
                        && Instant.parse(rs.getString(2)).isBefore(clock.instant().minus(gapTimeout)), gap)
                .stream().findFirst().orElse(false);
    }

    /** Whether a token has handled the event at {@code position} (a gap there is not handled yet). */
    static boolean reached(TrackingToken token, long position) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return lower != null && lower.position().orElse(-1) >= position;
    }

    private synchronized void remember(Rebuild rebuild) {
        recent.put(rebuild.id, rebuild);
        for (Iterator<Rebuild> oldest = recent.values().iterator(); recent.size() > KEPT && oldest.hasNext(); ) {
            Rebuild candidate = oldest.next();
            if (candidate.views.stream().noneMatch(view -> view.state == RebuildState.RUNNING)) {
                oldest.remove();
            }
        }
    }

    private static double rate(long events, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : Math.round(events / seconds * 10) / 10.0;
    }

    private static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 10.0) / 100.0;
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 100 : part * 100 / whole;
    }

    private static String text(Throwable error) {
        if (error == null) {
            return null;
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One request: one view or all of them. */
    private static final class Rebuild {
        final String id;
        final String requested;
        final String requestedBy;
        final Instant startedAt;
        final List<ViewRebuild> views = new ArrayList<>();

        Rebuild(String id, String requested, String requestedBy, Instant startedAt) {
            this.id = id;
            this.requested = requested;
            this.requestedBy = requestedBy;
            this.startedAt = startedAt;
        }
    }

    /** One view's part in a rebuild; written by the reset thread and the monitor, read by requests. */
    private static final class ViewRebuild {
        final Rebuild rebuild;
        final String name;
        final long head;
        final long total;
        final Instant startedAt;
        volatile RebuildState state = RebuildState.RUNNING;
        volatile int segments = 1;
        volatile Instant tokensResetAt;
        volatile boolean restarted;
        volatile Instant finishedAt;
        volatile String failure;
        volatile String error;
        volatile Instant lastLoggedAt;

        ViewRebuild(Rebuild rebuild, String name, long head, long total, Instant startedAt) {
            this.rebuild = rebuild;
            this.name = name;
            this.head = head;
            this.total = total;
            this.startedAt = startedAt;
        }
    }
}
