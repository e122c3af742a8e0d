package org.hlc.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The two-week programme in learning-service: modules on the programme topics with released material, assignments
 * (submissions, one late, coach feedback, peer review by two people from other groups), blog posts with reflections
 * and reactions. Every count written here is compared with the progress read model at the end.
 */
public final class Learning {
    /** What the simulator wrote for one person; compared with learning-service's progress read model. */
    public static final class Written {
        int onTime;
        int late;
        int reviewsGiven;
        int reviewsReceived;
        int feedbackReceived;
        int posts;
        int reflections;
        int materialsRead;
    }

    public String programmeId;
    public final List<String> moduleIds = new ArrayList<>();
    public final List<String> assignmentIds = new ArrayList<>();
    public final Map<String, Written> written = new HashMap<>();
    public int submissions;
    public int lateSubmissions;
    public int reviews;
    public int feedback;
    public int posts;
    public int reflections;
    public int reactions;
    public String sampleLocalDue;

    private final Http http;
    private final Keycloak keycloak;
    private final SimulatorOptions options;
    private final Community community;
    private final Groups groups;
    private final Random random;
    private final String run;

    public Learning(Http http, Keycloak keycloak, SimulatorOptions options, Community community, Groups groups,
            Random random, String run) {
        this.http = http;
        this.keycloak = keycloak;
        this.options = options;
        this.community = community;
        this.groups = groups;
        this.random = random;
        this.run = run;
    }

    private String url(String path) {
        return options.url("learning") + path;
    }

    private String organizer() {
        return community.token(community.organizer);
    }

    private Written of(Onboarding.SemiFinalist person) {
        return written.computeIfAbsent(person.personId(), id -> new Written());
    }

    public void createProgramme(Report report, String editionId, String cohort) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Http.Reply created = http.call("POST", url("/programmes"), organizer(), Map.of("editionId", editionId,
                "cohort", cohort, "title", "Learning programme " + run, "startsOn", start.toString(),
                "endsOn", start.plusDays(13).toString()));
        AwardSeason.expect(created, 201, "create programme");
        programmeId = created.text("id");
        String etag = created.etag();
        for (int i = 0; i < Cast.TOPICS.size(); i++) {
            String topic = Cast.TOPICS.get(i);
            Http.Reply module = http.send("POST", url("/programmes/" + programmeId + "/modules"), organizer(),
                    Map.of("week", i < 4 ? 1 : 2, "topic", topic, "title", topic.replace('-', ' ')),
                    Map.of("If-Match", etag)).join();
            AwardSeason.expect(module, 201, "add module " + topic);
            etag = module.etag();
            for (JsonNode added : module.body().path("modules")) {
                if (topic.equals(added.path("topic").asText())) {
                    moduleIds.add(added.path("id").asText());
                }
            }
            // week 2's material is released later: participants must not see it yet
            Instant release = i < 4 ? Instant.now().minusSeconds(60) : Instant.now().plus(Duration.ofDays(7));
            Http.Reply material = http.send("POST", url("/programmes/" + programmeId + "/modules/"
                    + moduleIds.get(i) + "/materials"), organizer(), Map.of("title", "Reading: " + topic,
                    "markdown", "# " + topic + "\n\nRead this *before* the webinar.", "links",
                    List.of("https://example.org/materials/" + topic), "releaseAt", release.toString()),
                    Map.of("If-Match", etag)).join();
            AwardSeason.expect(material, 201, "add material " + topic);
            etag = material.etag();
        }
        report.progress("programme %s with %d modules over 2 weeks", programmeId, moduleIds.size());
    }

    /** Each semi-finalist opens the programme; counts the material they can see (only the released part). */
    public int readMaterial(List<Onboarding.SemiFinalist> people) {
        // membership is learning-service's read model of participants' groups: wait until it lists everyone
        Http.Reply members = Awaits.until(() -> http.call("GET", url("/programmes/" + programmeId + "/members"),
                organizer(), null), reply -> people.stream().allMatch(p -> reply.body().toString()
                        .contains(p.personId())), 60);
        AwardSeason.expect(members, 200, "programme members");
        int visible = -1;
        for (Onboarding.SemiFinalist person : people) {
            Http.Reply programme = Awaits.until(() -> http.call("GET", url("/programmes/" + programmeId),
                    keycloak.token(person.username()), null), reply -> reply.status() == 200, 30);
            AwardSeason.expect(programme, 200, "read programme");
            int seen = 0;
            for (JsonNode module : programme.body().path("modules")) {
                for (JsonNode material : module.path("materials")) {
                    Http.Reply read = http.call("GET", url("/programmes/" + programmeId + "/materials/"
                            + material.path("id").asText()), keycloak.token(person.username()), null);
                    AwardSeason.expect(read, 200, "read material");
                    seen++;
                }
            }
            of(person).materialsRead = seen;
            visible = visible < 0 ? seen : Math.min(visible, seen);
        }
        return visible;
    }

    public void assignments(Report report, List<Onboarding.SemiFinalist> people) {
        Onboarding.SemiFinalist latecomer = people.get(people.size() - 1);
        for (int a = 0; a < 2; a++) {
            Instant due = Instant.now().plusSeconds(15 + people.size());
            Http.Reply published = http.call("POST", url("/assignments"), organizer(), Map.of(
                    "programmeId", programmeId, "moduleId", moduleIds.get(a == 0 ? 0 : 4),
                    "title", a == 0 ? "Your revenue model on one page" : "Prototype plan",
                    "instructions", "Write it down in **plain language**; link anything useful.",
                    "dueAt", due.toString(), "rubric", List.of(Map.of("criterion", "clarity", "maxScore", 5),
                            Map.of("criterion", "feasibility", "maxScore", 5))));
            AwardSeason.expect(published, 201, "publish assignment");
            String assignmentId = published.text("id");
            assignmentIds.add(assignmentId);
            Http.Reply local = http.call("GET", url("/assignments/" + assignmentId),
                    keycloak.token(people.get(0).username()), null);
            sampleLocalDue = people.get(0).timeZone() + " " + local.body().path("dueLocal").path("dateTime")
                    .asText("?");
            for (Onboarding.SemiFinalist person : people) {
                if (person == latecomer) {
                    continue;
                }
                submit(assignmentId, person, false);
                if (random.nextInt(4) == 0) { // a resubmission before the deadline: a second version
                    submit(assignmentId, person, false);
                }
            }
            Webinars.sleepUntil(due.plusMillis(500));
            submit(assignmentId, latecomer, true);
            coachFeedback(assignmentId);
            peerReview(assignmentId);
        }
        report.progress("submissions %d (late %d), coach feedback %d, peer reviews %d; due for %s", submissions,
                lateSubmissions, feedback, reviews, sampleLocalDue);
    }

    private void submit(String assignmentId, Onboarding.SemiFinalist person, boolean late) {
        Http.Reply reply = http.call("POST", url("/assignments/" + assignmentId + "/submissions"),
                keycloak.token(person.username()), Map.of("text", "Our answer for " + person.title(),
                        "links", List.of("https://example.org/" + person.entryId())));
        AwardSeason.expect(reply, 201, "submit");
        boolean first = reply.body().path("versions").size() == 1;
        if (!first) {
            return;
        }
        submissions++;
        if (late) {
            lateSubmissions++;
            of(person).late++;
        } else {
            of(person).onTime++;
        }
    }

    private void coachFeedback(String assignmentId) {
        Map<String, Onboarding.SemiFinalist> byPerson = new HashMap<>();
        groups.byRegion.values().forEach(g -> g.members().forEach(m -> byPerson.put(m.personId(), m)));
        for (Groups.Group group : groups.byRegion.values()) {
            String coach = community.token(group.coach());
            Http.Reply all = http.call("GET", url("/assignments/" + assignmentId + "/submissions"), coach, null);
            AwardSeason.expect(all, 200, "coach lists submissions");
            JsonNode items = all.body().has("items") ? all.body().path("items") : all.body();
            for (JsonNode submission : items) {
                Onboarding.SemiFinalist author = byPerson.get(submission.path("personId").asText());
                if (author == null || !group.members().contains(author)) {
                    continue;
                }
                Http.Reply given = http.call("POST", url("/assignments/" + assignmentId + "/submissions/"
                        + submission.path("id").asText() + "/feedback"), coach, Map.of("comment",
                        "Good start; make the numbers concrete."));
                AwardSeason.expect(given, 201, "coach feedback");
                feedback++;
                of(author).feedbackReceived++;
            }
        }
    }

    private void peerReview(String assignmentId) {
        Http.Reply allocated = http.call("POST", url("/assignments/" + assignmentId + "/peer-review-allocation"),
                organizer(), Map.of("reviewersPerSubmission", 2));
        AwardSeason.expect(allocated, 200, "allocate peer reviews");
        Map<String, String> authorOf = new HashMap<>();
        Http.Reply all = http.call("GET", url("/assignments/" + assignmentId + "/submissions"), organizer(), null);
        AwardSeason.expect(all, 200, "organizer lists submissions");
        for (JsonNode submission : all.body().has("items") ? all.body().path("items") : all.body()) {
            authorOf.put(submission.path("id").asText(), submission.path("personId").asText());
        }
        for (Groups.Group group : groups.byRegion.values()) {
            for (Onboarding.SemiFinalist reviewer : group.members()) {
                Http.Reply tasks = http.call("GET", url("/assignments/" + assignmentId + "/peer-reviews"),
                        keycloak.token(reviewer.username()), null);
                AwardSeason.expect(tasks, 200, "review tasks");
                for (JsonNode task : tasks.body()) {
                    String submissionId = task.path("submissionId").asText();
                    Http.Reply review = http.call("POST", url("/assignments/" + assignmentId + "/peer-reviews/"
                            + submissionId), keycloak.token(reviewer.username()), Map.of("scores", List.of(
                                    Map.of("criterion", "clarity", "score", 1 + random.nextInt(5)),
                                    Map.of("criterion", "feasibility", "score", random.nextInt(6))),
                            "comment", "Clear problem; I would test the pricing with ten customers first."));
                    AwardSeason.expect(review, 201, "peer review");
                    reviews++;
                    of(reviewer).reviewsGiven++;
                    String author = authorOf.get(submissionId);
                    written.computeIfAbsent(author, id -> new Written()).reviewsReceived++;
                }
            }
        }
    }

    public void blog(Report report, List<Onboarding.SemiFinalist> people) {
        List<String> postIds = new ArrayList<>();
        List<Onboarding.SemiFinalist> authors = new ArrayList<>();
        for (Onboarding.SemiFinalist person : people) {
            Http.Reply post = http.call("POST", url("/programmes/" + programmeId + "/posts"),
                    keycloak.token(person.username()), Map.of("title", "What I learned this week",
                            "markdown", "We met **peers** from other regions. <script>alert('x')</script>",
                            "tags", List.of("week-1"), "visibility", random.nextInt(4) == 0 ? "community" : "public"));
            AwardSeason.expect(post, 201, "write a post");
            postIds.add(post.text("id"));
            authors.add(person);
            posts++;
            of(person).posts++;
        }
        for (int i = 0; i < postIds.size(); i++) {
            for (int r = 1; r <= 2; r++) {
                Onboarding.SemiFinalist peer = authors.get((i + r * 3) % authors.size());
                if (peer == authors.get(i)) {
                    continue;
                }
                Http.Reply reflection = http.call("POST", url("/posts/" + postIds.get(i) + "/reflections"),
                        keycloak.token(peer.username()), Map.of("markdown", "This resonates with our work in "
                                + peer.country() + "."));
                AwardSeason.expect(reflection, 201, "reflect on a post");
                reflections++;
                of(peer).reflections++;
                Http.Reply reaction = http.call("POST", url("/posts/" + postIds.get(i) + "/reactions"),
                        keycloak.token(peer.username()), Map.of("reaction", r == 1 ? "insightful" : "support"));
                if (reaction.ok()) {
                    reactions++;
                }
            }
        }
        report.progress("posts %d, reflections %d, reactions %d", posts, reflections, reactions);
    }

    /** The public Atom feed: present, and no script tag made it through. */
    public String feedCheck() {
        Http.Raw feed = http.raw(url("/programmes/" + programmeId + "/feed.atom"));
        if (feed.status() != 200) {
            return "status " + feed.status();
        }
        if (!feed.body().contains("<feed") || feed.body().contains("<script")) {
            return "unsafe or not a feed";
        }
        return null;
    }

    /** Compares learning-service's progress read model with what was written; returns the mismatches. */
    public List<String> progressMismatches(List<Onboarding.SemiFinalist> people, Map<String, Integer> attended) {
        List<String> mismatches = new ArrayList<>();
        long deadline = System.nanoTime() + 60_000_000_000L; // one minute for every read model to catch up
        for (Onboarding.SemiFinalist person : people) {
            Written w = of(person);
            int webinars = attended.getOrDefault(person.personId(), 0);
            Http.Reply progress = Awaits.until(() -> http.call("GET", url("/progress/" + person.personId()),
                    organizer(), null), reply -> reply.status() == 200 && matches(reply.body(), w, webinars),
                    (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000_000L));
            if (!matches(progress.body(), w, webinars)) {
                mismatches.add(person.personId() + ": read " + progress.body() + ", wrote onTime=" + w.onTime
                        + " late=" + w.late + " reviewsGiven=" + w.reviewsGiven + " reviewsReceived="
                        + w.reviewsReceived + " feedback=" + w.feedbackReceived + " posts=" + w.posts
                        + " reflections=" + w.reflections + " webinars=" + webinars
                        + " materialsRead=" + w.materialsRead);
            }
        }
        return mismatches;
    }

    private static boolean matches(JsonNode p, Written w, int webinars) {
        return p.path("submissionsOnTime").asInt(-1) == w.onTime && p.path("submissionsLate").asInt(-1) == w.late
                && p.path("reviewsGiven").asInt(-1) == w.reviewsGiven
                && p.path("reviewsReceived").asInt(-1) == w.reviewsReceived
                && p.path("coachFeedbackReceived").asInt(-1) == w.feedbackReceived
                && p.path("postsWritten").asInt(-1) == w.posts && p.path("reflectionsGiven").asInt(-1) == w.reflections
                && p.path("webinarsAttended").asInt(-1) == webinars
                && p.path("materialsRead").asInt(-1) == w.materialsRead;
    }
}
