package org.partnershiprecord.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.partnershiprecord.benchmark.Workload.Op;

/**
 * The deterministic command stream that fills the large stores: the same seed and size give the same commands, in
 * the same order, on every run and every machine. Every command records exactly one event, so {@code size} commands
 * make a store of {@code size} events. Besides the random mix (programmes, service areas and recommendations, posts
 * and appointments, meetings and resolutions, new partnerships), some programmes can be designated to have an exact
 * number of events, spread evenly through the log (for the as-at step).
 */
final class Generator {

    /** A programme whose history must hold exactly {@code events} events. */
    record Designated(String programmeId, int events) {
    }

    private final Random random;
    private final long size;
    private final List<DesignatedState> designated = new ArrayList<>();
    private final Deque<Op> pending = new ArrayDeque<>();
    private final List<ProgrammeState> programmes = new ArrayList<>();
    private final List<Workload.PostState> posts = new ArrayList<>();
    private final List<MeetingState> meetings = new ArrayList<>();
    private long emitted;
    private long ids;

    Generator(long seed, long size, List<Designated> designated) {
        this.random = new Random(seed);
        this.size = size;
        long designatedEvents = designated.stream().mapToLong(Designated::events).sum();
        if (designatedEvents + 5 > size) {
            throw new IllegalArgumentException("A store of " + size + " events cannot hold the designated histories");
        }
        for (Designated d : designated) {
            if (d.events() < 2) {
                throw new IllegalArgumentException("A designated programme needs at least 2 events (launch, phase)");
            }
            this.designated.add(new DesignatedState(d));
        }
        pending.addAll(Workload.foundation());
    }

    boolean hasNext() {
        return emitted < size;
    }

    Op next() {
        if (!hasNext()) {
            throw new IllegalStateException("The store is complete");
        }
        emitted++;
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        for (DesignatedState d : designated) {
            // Event j of a history of k lands near position j * size / k: spread evenly through the log.
            if (d.done < d.target && emitted >= (d.done * size) / d.target) {
                return d.next();
            }
        }
        return mixed();
    }

    private Op mixed() {
        int roll = random.nextInt(100);
        String unique = Long.toString(++ids, 36);
        if (roll < 2 || programmes.isEmpty()) {
            ProgrammeState programme = new ProgrammeState("g-prog-" + unique);
            programmes.add(programme);
            pending.add(Workload.schedulePhase(programme.id));
            return Workload.launchProgramme(programme.id);
        }
        if (roll < 4 || posts.isEmpty()) {
            posts.add(new Workload.PostState("g-post-" + unique));
            return Workload.proposePost(posts.get(posts.size() - 1).id);
        }
        if (roll < 7 || meetings.isEmpty()) {
            MeetingState meeting = new MeetingState("g-meet-" + unique);
            meetings.add(meeting);
            return Workload.holdMeeting(meeting.id, LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2000)));
        }
        if (roll < 10) {
            return Workload.formPartnership("g-p-" + unique);
        }
        if (roll < 30) {
            // Older programmes are chosen more often: a few grow long histories with many service areas.
            return skewed(programmes).addArea();
        }
        if (roll < 50) {
            ProgrammeState programme = skewed(programmes);
            return programme.areas == 0 ? programme.addArea() : programme.recommend(random.nextInt(programme.areas));
        }
        if (roll < 70) {
            Workload.PostState post = skewed(posts);
            if (post.open) {
                post.open = false;
                return Workload.endAppointment(post.id, post.next - 1);
            }
            post.open = true;
            return Workload.appoint(post.id, post.next++);
        }
        MeetingState meeting = skewed(meetings);
        return Workload.recordResolution(meeting.id, "(" + meeting.resolutions++ + ")");
    }

    private <T> T skewed(List<T> items) {
        double u = random.nextDouble();
        return items.get((int) (u * u * items.size()));
    }

    private static final class ProgrammeState {
        final String id;
        int areas;

        ProgrammeState(String id) {
            this.id = id;
        }

        Op addArea() {
            return Workload.addServiceArea(id, Workload.Pool.area(areas++));
        }

        Op recommend(int area) {
            return Workload.recommend(id, Workload.Pool.area(area), area + areas);
        }
    }

    private static final class MeetingState {
        final String id;
        int resolutions;

        MeetingState(String id) {
            this.id = id;
        }
    }

    /** Launch, phase, then service areas and recommendations alternately, until the target is reached. */
    private static final class DesignatedState {
        final ProgrammeState programme;
        final int target;
        int done;

        DesignatedState(Designated designated) {
            this.programme = new ProgrammeState(designated.programmeId());
            this.target = designated.events();
        }

        Op next() {
            int step = done++;
            if (step == 0) {
                return Workload.launchProgramme(programme.id);
            }
            if (step == 1) {
                return Workload.schedulePhase(programme.id);
            }
            return step % 2 == 0 ? programme.addArea() : programme.recommend(programme.areas - 1);
        }
    }
}
