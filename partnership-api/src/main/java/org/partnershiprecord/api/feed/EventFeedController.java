package org.partnershiprecord.api.feed;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnershiprecord.api.feed.EventFeed.FeedEvent;
import org.partnershiprecord.api.feed.EventFeed.FeedPage;
import org.partnershiprecord.api.disclosure.ExemptContentFilter;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The event feed for integrating systems: pages in global order, and a server-sent-events stream. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Event feed", description = "Every event of the log in global order, resumable from any position")
class EventFeedController implements SmartLifecycle {

    private static final long STREAM_TIMEOUT_MS = 30 * 60 * 1000L;
    private static final long HEARTBEAT_MS = 15_000L;

    private final EventFeed feed;
    private final ExemptContentFilter exemptContent;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-feed-stream");
        thread.setDaemon(true);
        return thread;
    });

    EventFeedController(EventFeed feed, ExemptContentFilter exemptContent) {
        this.feed = feed;
        this.exemptContent = exemptContent;
        poller.scheduleWithFixedDelay(this::push, 250, 250, TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_MS, HEARTBEAT_MS, TimeUnit.MILLISECONDS);
    }

    @Operation(summary = "Events after a position, in global order",
            description = "Resume with after = the 'last' of the previous page. An empty page means you are up to date.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    FeedPage page(@Parameter(description = "Return events after this position (0 = from the start)")
                  @RequestParam(defaultValue = "0") @Min(0) long after,
                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return feed.after(after, limit);
    }

    @Operation(summary = "The same events as a server-sent-events stream",
            description = "Each event's SSE id is its position; reconnect with Last-Event-ID (or ?after=) to resume.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) @Min(0) Long after,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        // A browser's EventSource reconnects with its first URL and the last id it saw: the id wins.
        long from = lastEventId != null && !lastEventId.isBlank() ? parseLastEventId(lastEventId)
                : after != null ? after : 0;
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        // The stream is written from another thread: who is watching is settled now, once.
        Subscriber subscriber = new Subscriber(emitter, from,
                SecurityContextHolder.getContext().getAuthentication());
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        try {
            // Sends the response headers at once, so the client knows it is connected before the first event.
            emitter.send(SseEmitter.event().comment("connected; events after position " + from));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        subscribers.add(subscriber);
        return emitter;
    }

    private void push() {
        for (Iterator<Subscriber> it = subscribers.iterator(); it.hasNext(); ) {
            Subscriber subscriber = it.next();
            try {
                FeedPage page = feed.after(subscriber.position, 500);
                for (FeedEvent event : page.events()) {
                    subscriber.emitter.send(SseEmitter.event().id(Long.toString(event.position()))
                            .name(event.type()).data(exemptContent.filter(event, subscriber.caller),
                                    MediaType.APPLICATION_JSON));
                    subscriber.position = event.position();
                }
            } catch (IOException | RuntimeException gone) {
                it.remove();
                subscriber.emitter.completeWithError(gone);
            }
        }
    }

    /** A comment now and then finds the clients that went away, and keeps proxies from closing idle streams. */
    private void heartbeat() {
        for (Iterator<Subscriber> it = subscribers.iterator(); it.hasNext(); ) {
            Subscriber subscriber = it.next();
            try {
                subscriber.emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | RuntimeException gone) {
                it.remove();
                subscriber.emitter.completeWithError(gone);
            }
        }
    }

    private static long parseLastEventId(String lastEventId) {
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw org.partnershiprecord.api.problem.ApiProblem.badRequest("INVALID_POSITION",
                "Last-Event-ID must be the position of an event the stream sent, such as 42.");
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Streams end before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        subscribers.forEach(s -> s.emitter.complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private static final class Subscriber {
        private final SseEmitter emitter;
        private final Authentication caller;
        private volatile long position;

        Subscriber(SseEmitter emitter, long position, Authentication caller) {
            this.emitter = emitter;
            this.position = position;
            this.caller = caller;
        }
    }
}
