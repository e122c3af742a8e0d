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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daily live webinars for ten days: the series is placed by slot suggestion in fairness mode over the semi-finalists'
 * zones; each day's expert schedules it, semi-finalists register and ask and upvote questions, then the day "arrives"
 * (a recorded reschedule to now: time is compressed, commands are not skipped), the host records attendance and
 * answers the top questions.
 */
public final class Webinars {
    public static final int SESSIONS = 10;
    private static final int DURATION = 60;

    public record Session(String id, String topic, Community.Member host, Instant plannedStart) {
    }

    public final List<Session> sessions = new ArrayList<>();
    /** Attendance written: person id -> sessions attended (present for at least the required share). */
    public final Map<String, Integer> attendedByPerson = new HashMap<>();
    public final Map<String, int[]> attendanceByZone = new TreeMap<>();
    public final List<String> fairnessLines = new ArrayList<>();
    public int maxOutside = -1;
    public int registrations;
    public int questions;
    public final AtomicInteger upvotes = new AtomicInteger();
    public int doubleUpvotesCountedOnce;
    public int doubleUpvotesTried;
    public int answered;

    private final Http http;
    private final Keycloak keycloak;
    private final SimulatorOptions options;
    private final Community community;
    private final Random random;

    public Webinars(Http http, Keycloak keycloak, SimulatorOptions options, Community community, Random random) {
        this.http = http;
        this.keycloak = keycloak;
        this.options = options;
        this.community = community;
        this.random = random;
    }

    private String url(String path) {
        return options.url("webinar") + path;
    }

    /** Waits until webinar-service knows everyone in their own zone (its read model follows participants events). */
    public void awaitAudience(List<Onboarding.SemiFinalist> people) {
        String organizer = community.token(community.organizer);
        for (Onboarding.SemiFinalist person : people) {
            Http.Reply known = Awaits.until(() -> http.call("GET", url("/audience/" + person.personId()),
                    organizer, null), reply -> reply.status() == 200
                            && person.timeZone().equals(reply.text("timeZone")), 60);
            AwardSeason.expect(known, 200, "webinar-service knows " + person.personId());
        }
    }

    public void planSeries(Report report, List<Onboarding.SemiFinalist> people) {
        Community.Member host = community.experts.get(0);
        LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Http.Reply plan = http.call("POST", url("/webinars/slot-suggestions"), community.token(host), Map.of(
                "hostId", host.personId(),
                "audiencePersonIds", people.stream().map(Onboarding.SemiFinalist::personId).toList(),
                "durationMinutes", DURATION, "from", first.toString(), "to", first.plusDays(SESSIONS - 1).toString(),
                "rangeTimeZone", "UTC", "granularityMinutes", 30, "mode", "SERIES"));
        AwardSeason.expect(plan, 200, "slot suggestion (series, fairness)");
        JsonNode series = plan.body().path("series");
        maxOutside = series.path("maxOutside").asInt();
        Map<String, List<Integer>> outsideByZone = new TreeMap<>();
        for (JsonNode person : series.path("fairness")) {
            outsideByZone.computeIfAbsent(person.path("timeZone").asText(), z -> new ArrayList<>())
                    .add(person.path("sessionsOutside").asInt());
        }
        outsideByZone.forEach((zone, counts) -> fairnessLines.add(String.format(
                "%-18s %2d people, sessions outside their window: %s", zone, counts.size(), counts)));
        fairnessLines.add(String.format("max sessions outside any one person's window: %d of %d (total %d)",
                maxOutside, SESSIONS, series.path("totalOutside").asInt()));
        int day = 0;
        for (JsonNode session : series.path("sessions")) {
            sessions.add(new Session(null, Cast.TOPICS.get(day % Cast.TOPICS.size()),
                    community.experts.get(day % community.experts.size()), Instant.parse(session.path("start")
                            .asText())));
            day++;
        }
        report.progress("series of %d sessions placed; max outside per person %d", sessions.size(), maxOutside);
    }

    public void run(Report report, String programmeId, List<Onboarding.SemiFinalist> people) {
        List<Session> scheduled = new ArrayList<>();
        for (int day = 0; day < sessions.size(); day++) {
            Session planned = sessions.get(day);
            String hostToken = community.token(planned.host());
            Http.Reply created = http.call("POST", url("/webinars"), hostToken, Map.of(
                    "programmeId", programmeId, "topic", planned.topic(),
                    "title", "Day " + (day + 1) + ": " + planned.topic().replace('-', ' '),
                    "hostId", planned.host().personId(), "startsAt", planned.plannedStart().toString(),
                    "durationMinutes", DURATION, "capacity", 30,
                    "joinUrl", "https://meet.example.org/hlc-day-" + (day + 1)));
            AwardSeason.expect(created, 201, "schedule webinar day " + (day + 1));
            scheduled.add(new Session(created.text("id"), planned.topic(), planned.host(), planned.plannedStart()));
        }
        sessions.clear();
        sessions.addAll(scheduled);
        report.rate("webinars scheduled", sessions.size());

        for (Session session : sessions) {
            List<Onboarding.SemiFinalist> registered = new ArrayList<>();
            for (Onboarding.SemiFinalist person : people) {
                if (random.nextInt(10) == 0) {
                    continue; // not everyone comes every day
                }
                Http.Reply reply = http.call("POST", url("/webinars/" + session.id() + "/registration"),
                        keycloak.token(person.username()), null);
                AwardSeason.expect(reply, 201, "register for " + session.id());
                registered.add(person);
                registrations++;
            }
            List<String> asked = askAndUpvote(session, registered);
            String etag = arrive(session);
            recordAttendance(session, registered);
            answerTop(session, asked);
            report.progress("%s: %d registered, %d questions, attendance recorded (%s)", session.topic(),
                    registered.size(), asked.size(), etag);
        }
        report.rate("registrations", registrations);
        report.progress("questions %d, upvotes %d, answered %d; double upvotes counted once %d of %d", questions,
                upvotes.get(), answered, doubleUpvotesCountedOnce, doubleUpvotesTried);
    }

    private List<String> askAndUpvote(Session session, List<Onboarding.SemiFinalist> registered) {
        List<String> asked = new ArrayList<>();
        int count = Math.min(registered.size(), 3);
        for (int q = 0; q < count; q++) {
            Onboarding.SemiFinalist asker = registered.get(random.nextInt(registered.size()));
            Http.Reply reply = http.call("POST", url("/webinars/" + session.id() + "/questions"),
                    keycloak.token(asker.username()), Map.of("text", "How would " + session.topic().replace('-', ' ')
                            + " work for " + asker.title() + "? (" + q + ")"));
            AwardSeason.expect(reply, 201, "ask a question");
            asked.add(reply.text("id"));
            questions++;
        }
        for (Onboarding.SemiFinalist voter : registered) {
            if (asked.isEmpty() || random.nextInt(3) == 0) {
                continue;
            }
            String question = asked.get(random.nextInt(asked.size()));
            String path = url("/webinars/" + session.id() + "/questions/" + question + "/upvote");
            Http.Reply first = http.call("PUT", path, keycloak.token(voter.username()), null);
            AwardSeason.expect(first, 200, "upvote");
            if (first.body().path("changed").asBoolean()) {
                upvotes.incrementAndGet();
            }
            if (random.nextInt(5) == 0) { // a double tap: must not count twice
                doubleUpvotesTried++;
                Http.Reply second = http.call("PUT", path, keycloak.token(voter.username()), null);
                if (second.status() == 200 && !second.body().path("changed").asBoolean()) {
                    doubleUpvotesCountedOnce++;
                }
            }
        }
        return asked;
    }

    /** The day arrives: the webinar is moved to start now (a recorded reschedule; SEQUENCE goes up). */
    private String arrive(Session session) {
        String hostToken = community.token(session.host());
        Http.Reply current = http.call("GET", url("/webinars/" + session.id()), hostToken, null);
        Instant start = Instant.now().plusSeconds(2);
        Http.Reply moved = http.send("PUT", url("/webinars/" + session.id() + "/schedule"), hostToken, Map.of(
                "startsAt", start.toString(), "durationMinutes", DURATION), Map.of("If-Match", current.etag()))
                .join();
        AwardSeason.expect(moved, 200, "reschedule to now (compressed time)");
        sleepUntil(start.plusMillis(200));
        return "sequence " + moved.body().path("sequence").asInt();
    }

    private void recordAttendance(Session session, List<Onboarding.SemiFinalist> registered) {
        Http.Reply webinar = http.call("GET", url("/webinars/" + session.id()), community.token(session.host()), null);
        Instant start = Instant.parse(webinar.text("startsAt"));
        for (Onboarding.SemiFinalist person : registered) {
            // most stay for the whole session; some drop out after a third of it (not attended)
            boolean stays = random.nextInt(6) != 0;
            Instant left = start.plus(Duration.ofMinutes(stays ? DURATION - random.nextInt(5) : DURATION / 3));
            Http.Reply recorded = http.call("POST", url("/webinars/" + session.id() + "/attendance"),
                    community.token(session.host()), Map.of("personId", person.personId(), "intervals", List.of(
                            Map.of("joinedAt", start.toString(), "leftAt", left.toString()))));
            AwardSeason.expect(recorded, 201, "record attendance");
            boolean attended = recorded.body().path("attended").asBoolean();
            int[] zone = attendanceByZone.computeIfAbsent(person.timeZone(), z -> new int[2]);
            zone[1]++;
            if (attended) {
                zone[0]++;
                attendedByPerson.merge(person.personId(), 1, Integer::sum);
            }
        }
    }

    private void answerTop(Session session, List<String> asked) {
        // the Q&A list is a read model: wait until it shows every question asked
        Http.Reply listed = Awaits.until(() -> http.call("GET", url("/webinars/" + session.id() + "/questions"),
                community.token(session.host()), null), reply -> reply.body().size() >= asked.size(), 30);
        int n = 0;
        for (JsonNode question : listed.body()) {
            if (n++ >= 2) {
                break;
            }
            Http.Reply reply = http.call("POST", url("/webinars/" + session.id() + "/questions/"
                    + question.path("id").asText() + "/answer"), community.token(session.host()),
                    Map.of("answer", "Answered live, see the recording."));
            if (reply.ok()) {
                answered++;
            } else {
                System.out.println("   answer refused: " + reply.status() + " " + reply.body());
            }
        }
    }

    public List<String> attendanceLines() {
        List<String> lines = new ArrayList<>();
        attendanceByZone.forEach((zone, counts) -> lines.add(String.format("%-18s %3d attended of %3d registered",
                zone, counts[0], counts[1])));
        return lines;
    }

    public int attendedTotal() {
        return attendedByPerson.values().stream().mapToInt(Integer::intValue).sum();
    }

    static void sleepUntil(Instant instant) {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
