package org.partnershiprecord.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AppointmentId;
import org.partnershiprecord.domain.common.Authority;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.MeetingId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.common.PostId;
import org.partnershiprecord.domain.common.ProgrammeId;
import org.partnershiprecord.domain.common.ResolutionRef;
import org.partnershiprecord.domain.common.Tier;
import org.partnershiprecord.domain.jointpost.AppointmentBasis;
import org.partnershiprecord.domain.jointpost.JointPostCommand.AppointJointPost;
import org.partnershiprecord.domain.jointpost.JointPostCommand.EndAppointment;
import org.partnershiprecord.domain.jointpost.JointPostCommand.ProposeJointPost;
import org.partnershiprecord.domain.jointpost.PostTier;
import org.partnershiprecord.domain.meeting.MeetingCommand.HoldMeeting;
import org.partnershiprecord.domain.meeting.MeetingCommand.RecordResolution;
import org.partnershiprecord.domain.meeting.ResolutionAction;
import org.partnershiprecord.domain.partnership.PartnershipCommand.FormPartnership;
import org.partnershiprecord.domain.programme.LeadOfficer;
import org.partnershiprecord.domain.programme.ProgrammeCommand.AddServiceArea;
import org.partnershiprecord.domain.programme.ProgrammeCommand.LaunchProgramme;
import org.partnershiprecord.domain.programme.ProgrammeCommand.RecommendDirection;
import org.partnershiprecord.domain.programme.ProgrammeCommand.ScheduleProgrammePhase;
import org.partnershiprecord.domain.programme.ProgrammeKind;
import org.partnershiprecord.domain.programme.Recommendation;
import org.partnershiprecord.domain.programme.RecommendationKind;

/**
 * The commands the benchmark sends, each in two forms that record the same event: the REST request (path and JSON
 * body, as a client sends it) and the domain command (as the CommandGateway receives it). Every operation records
 * exactly one event. Also the mix used under load: new aggregates and long-lived ones (programmes with many service
 * areas, posts with many appointments, meetings with many resolutions).
 */
final class Workload {

    static final String PARTNERSHIP = "bench-occ-cdc";
    static final String BODY = "bench-jsspc";
    static final String BODY_NAME = "Joint Shared Services and Personnel Committee";
    static final LocalDate POWERS_FROM = LocalDate.of(2018, 10, 1);
    static final LocalDate FIRST_APPOINTMENT = LocalDate.of(2019, 1, 1);

    /** A wording of realistic length (council minutes run to a few sentences). */
    static final String WORDING = "That the report of the Joint Officer Transition Working Group be noted, and that the"
            + " direction of travel for the services set out in the appendix be endorsed, subject to the further work"
            + " described in paragraphs 4.1 to 4.6 being reported to the next meeting of the Committee.";

    private Workload() {
    }

    /** One request: the REST form, the command form, and what to do once it is answered (ok or not). */
    record Op(String kind, String path, Map<String, Object> body, Object command, Consumer<Boolean> after) {

        Op(String kind, String path, Map<String, Object> body, Object command) {
            this(kind, path, body, command, null);
        }

        Op then(Consumer<Boolean> next) {
            return new Op(kind, path, body, command, next);
        }

        void done(boolean ok) {
            if (after != null) {
                after.accept(ok);
            }
        }
    }

    // --- the operations ---

    /** The partnership, the joint committee and its powers every other operation relies on (5 events). */
    static List<Op> foundation() {
        List<Op> ops = new ArrayList<>();
        ops.add(formPartnership(PARTNERSHIP));
        ops.add(new Op("constitute-body", "/api/bodies",
                json("bodyId", BODY, "name", BODY_NAME, "kind", "JOINT_COMMITTEE", "authorities", List.of("OCC", "CDC"),
                        "partnershipId", PARTNERSHIP),
                new ConstituteBody(BodyId.of(BODY), BODY_NAME, BodyKind.JOINT_COMMITTEE,
                        List.of(AuthorityCode.of("OCC"), AuthorityCode.of("CDC")), PartnershipId.of(PARTNERSHIP), null,
                        null)));
        for (Power power : List.of(Power.ENDORSE_DIRECTION_OF_TRAVEL, Power.DECIDE_SERVICE_ARRANGEMENTS,
                Power.APPOINT_JOINT_CHIEF_OFFICERS)) {
            String wording = "That the Committee be delegated the power to " + power.description() + ".";
            ops.add(new Op("grant-power", "/api/bodies/" + BODY + "/powers",
                    json("power", power.name(), "grantedFrom", POWERS_FROM.toString(), "resolution",
                            json("wording", wording)),
                    new GrantPower(BodyId.of(BODY), power, POWERS_FROM, notStated(wording))));
        }
        return ops;
    }

    static Op formPartnership(String id) {
        String name = "Oxfordshire County Council and Cherwell District Council (" + id + ")";
        String wording = "That partnership working between the two councils be established.";
        return new Op("new-partnership", "/api/partnerships",
                json("partnershipId", id, "name", name, "authorities", List.of(
                                json("code", "OCC", "name", "Oxfordshire County Council", "tier", "COUNTY"),
                                json("code", "CDC", "name", "Cherwell District Council", "tier", "DISTRICT")),
                        "resolution", json("wording", wording)),
                new FormPartnership(PartnershipId.of(id), name, List.of(
                        new Authority(AuthorityCode.of("OCC"), "Oxfordshire County Council", Tier.COUNTY),
                        new Authority(AuthorityCode.of("CDC"), "Cherwell District Council", Tier.DISTRICT)),
                        null, null, notStated(wording)));
    }

    static Op launchProgramme(String id) {
        String title = "Separation of OCC and CDC joint working (" + id + ")";
        return new Op("new-programme", "/api/programmes",
                json("programmeId", id, "partnershipId", PARTNERSHIP, "kind", "SEPARATION", "title", title),
                new LaunchProgramme(ProgrammeId.of(id), PartnershipId.of(PARTNERSHIP), ProgrammeKind.SEPARATION, title,
                        null, null));
    }

    static Op schedulePhase(String programme) {
        LocalDate on = LocalDate.of(2022, 4, 4);
        return new Op("schedule-phase", "/api/programmes/" + programme + "/phases",
                json("phaseNumber", 1, "title", "Phase one", "consideredBy", "Joint Officer Transition Working Group",
                        "scheduledConsiderationOn", on.toString()),
                new ScheduleProgrammePhase(ProgrammeId.of(programme), 1, "Phase one",
                        "Joint Officer Transition Working Group", on));
    }

    static Op addServiceArea(String programme, String area) {
        String name = "Service area " + area;
        return new Op("add-service-area", "/api/programmes/" + programme + "/service-areas",
                json("serviceAreaId", area, "name", name, "phaseNumber", 1,
                        "leads", List.of(json("authority", "CDC"), json("authority", "OCC"))),
                new AddServiceArea(ProgrammeId.of(programme), area, name, 1,
                        List.of(new LeadOfficer(AuthorityCode.of("CDC"), null, null),
                                new LeadOfficer(AuthorityCode.of("OCC"), null, null))));
    }

    static Op recommend(String programme, String area, int variant) {
        RecommendationKind kind = variant % 3 == 2 ? RecommendationKind.DECOUPLE : RecommendationKind.ONGOING_PARTNERSHIP;
        boolean furtherWork = variant % 3 == 1;
        String by = "CDC and OCC leadership teams";
        return new Op("recommend", "/api/programmes/" + programme + "/service-areas/" + area + "/recommendation",
                json("kind", kind.name(), "furtherWorkRequired", furtherWork, "recommendedBy", by),
                new RecommendDirection(ProgrammeId.of(programme), area, new Recommendation(kind, furtherWork), by, null));
    }

    static Op holdMeeting(String id, LocalDate date) {
        String title = "Joint Shared Services and Personnel Committee (" + id + ")";
        return new Op("new-meeting", "/api/meetings",
                json("meetingId", id, "bodyId", BODY, "date", date.toString(), "title", title),
                new HoldMeeting(MeetingId.of(id), BodyId.of(BODY), date, title));
    }

    static Op recordResolution(String meeting, String minute) {
        return new Op("record-resolution", "/api/meetings/" + meeting + "/resolutions",
                json("minuteReference", minute, "action", "NOTE", "wording", WORDING),
                new RecordResolution(MeetingId.of(meeting), null, minute, ResolutionAction.NOTE, WORDING, null, null,
                        null, null));
    }

    static Op proposePost(String id) {
        String title = "Joint Director of Services (" + id + ")";
        String remit = "Strategic leadership of the shared services of both councils";
        ResolutionRef resolution = new ResolutionRef(BodyId.of(BODY), BODY_NAME, LocalDate.of(2018, 11, 1), "7",
                "That the joint post be established in the shared management structure.", null);
        return new Op("new-post", "/api/posts",
                json("postId", id, "partnershipId", PARTNERSHIP, "title", title, "remit", remit, "tier", "CHIEF_OFFICER",
                        "employingAuthority", "OCC", "servedAuthorities", List.of("OCC", "CDC"),
                        "resolution", resolutionJson(resolution)),
                new ProposeJointPost(PostId.of(id), PartnershipId.of(PARTNERSHIP), title, remit, PostTier.CHIEF_OFFICER,
                        AuthorityCode.of("OCC"), List.of(AuthorityCode.of("OCC"), AuthorityCode.of("CDC")), null,
                        List.of(), resolution));
    }

    /** Appointment {@code n} to a post starts on day n (the previous one ended that day: a hand-over). */
    static Op appoint(String post, int n) {
        LocalDate starts = FIRST_APPOINTMENT.plusDays(n);
        String appointment = "interim-" + n;
        String person = "Interim Director " + n;
        ResolutionRef resolution = new ResolutionRef(BodyId.of(BODY), BODY_NAME, starts, "A" + n,
                "That " + person + " be appointed to the post on an interim basis.", null);
        return new Op("appoint", "/api/posts/" + post + "/appointments",
                json("appointmentId", appointment, "personName", person, "basis", "INTERIM",
                        "startsOn", starts.toString(), "resolution", resolutionJson(resolution)),
                new AppointJointPost(PostId.of(post), AppointmentId.of(appointment), person, AppointmentBasis.INTERIM,
                        starts, resolution));
    }

    static Op endAppointment(String post, int n) {
        LocalDate ends = FIRST_APPOINTMENT.plusDays(n + 1L);
        String appointment = "interim-" + n;
        return new Op("end-appointment", "/api/posts/" + post + "/appointments/" + appointment + "/end",
                json("endedOn", ends.toString(), "reason", "End of the interim arrangement"),
                new EndAppointment(PostId.of(post), AppointmentId.of(appointment), ends,
                        "End of the interim arrangement", null));
    }

    private static ResolutionRef notStated(String wording) {
        return new ResolutionRef(null, null, null, null, wording, null);
    }

    private static Map<String, Object> resolutionJson(ResolutionRef ref) {
        return json("bodyId", ref.body() == null ? null : ref.body().value(), "bodyName", ref.bodyName(),
                "decidedOn", ref.decidedOn() == null ? null : ref.decidedOn().toString(),
                "minuteReference", ref.minuteReference(), "wording", ref.wording());
    }

    /** A JSON object from name/value pairs, leaving out nulls (what a paper does not state). */
    static Map<String, Object> json(Object... pairs) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                object.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return object;
    }

    // --- the mix under load ---

    /** How many long-lived aggregates a pool holds, and how long their histories are before the load starts. */
    record PoolSize(int programmes, int areas, int posts, int appointments, int meetings, int resolutions) {

        long seedEvents() {
            return (long) programmes * (2 + 2L * areas) + (long) posts * (1 + 2L * appointments)
                    + (long) meetings * (1 + resolutions);
        }
    }

    /** A post's place in its sequence of appointments; taken by one client at a time. */
    static final class PostState {
        final String id;
        int next;
        boolean open;

        PostState(String id) {
            this.id = id;
        }
    }

    /**
     * The long-lived aggregates one measured level works on, seeded before it starts. Each level has its own pool so
     * that levels do not inherit each other's histories; the seeding is the same for every pool.
     */
    static final class Pool {
        final String prefix;
        final PoolSize size;
        final List<String> programmes = new ArrayList<>();
        final List<String> meetings = new ArrayList<>();
        final List<PostState> allPosts = new ArrayList<>();
        final ConcurrentLinkedQueue<PostState> idlePosts = new ConcurrentLinkedQueue<>();
        final AtomicLong counter = new AtomicLong();

        Pool(String prefix, PoolSize size) {
            this.prefix = prefix;
            this.size = size;
            for (int p = 0; p < size.programmes(); p++) {
                programmes.add(prefix + "-prog-" + p);
            }
            for (int m = 0; m < size.meetings(); m++) {
                meetings.add(prefix + "-meet-" + m);
            }
            for (int p = 0; p < size.posts(); p++) {
                allPosts.add(new PostState(prefix + "-post-" + p));
            }
        }

        static String area(int n) {
            return "area-" + n;
        }

        /** The seeding, one list per aggregate: each list is sent in order, the lists side by side. */
        List<List<Op>> seeding() {
            List<List<Op>> lists = new ArrayList<>();
            for (String programme : programmes) {
                List<Op> ops = new ArrayList<>();
                ops.add(launchProgramme(programme));
                ops.add(schedulePhase(programme));
                for (int a = 0; a < size.areas(); a++) {
                    ops.add(addServiceArea(programme, area(a)));
                    ops.add(recommend(programme, area(a), a));
                }
                lists.add(ops);
            }
            for (PostState post : allPosts) {
                List<Op> ops = new ArrayList<>();
                ops.add(proposePost(post.id));
                for (int n = 0; n < size.appointments(); n++) {
                    ops.add(appoint(post.id, n));
                    ops.add(endAppointment(post.id, n));
                }
                post.next = size.appointments();
                post.open = false;
                lists.add(ops);
            }
            for (String meeting : meetings) {
                List<Op> ops = new ArrayList<>();
                ops.add(holdMeeting(meeting, LocalDate.of(2022, 3, 15)));
                for (int r = 0; r < size.resolutions(); r++) {
                    ops.add(recordResolution(meeting, "(" + r + ")"));
                }
                lists.add(ops);
            }
            idlePosts.addAll(allPosts);
            return lists;
        }

        /**
         * The next request of the mix: 15% create a new aggregate (partnership, programme, meeting), 85% add to a
         * long-lived one (30% recommendations and 15% new service areas on programmes, 20% resolutions on meetings,
         * 20% appointments and their ends on posts).
         */
        Op next(Random random, int worker) {
            int roll = random.nextInt(100);
            String unique = prefix + "-" + worker + "-" + counter.incrementAndGet();
            if (roll < 5) {
                return formPartnership("p-" + unique);
            }
            if (roll < 10) {
                return launchProgramme("prog-" + unique);
            }
            if (roll < 15) {
                return holdMeeting("meet-" + unique, LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700)));
            }
            if (roll < 30) {
                return addServiceArea(pick(programmes, random), "area-" + unique);
            }
            if (roll < 50) {
                PostState post = idlePosts.poll();
                if (post != null) {
                    return postOp(post);
                }
            }
            if (roll < 70 && roll >= 50) {
                return recordResolution(pick(meetings, random), "(" + unique + ")");
            }
            return recommend(pick(programmes, random), area(random.nextInt(size.areas())), random.nextInt(3));
        }

        private Op postOp(PostState post) {
            if (post.open) {
                return endAppointment(post.id, post.next - 1).then(ok -> {
                    if (ok) {
                        post.open = false;
                        idlePosts.add(post);
                    }
                });
            }
            return appoint(post.id, post.next).then(ok -> {
                if (ok) {
                    post.next++;
                    post.open = true;
                    idlePosts.add(post);
                }
            });
        }

        private static String pick(List<String> items, Random random) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
