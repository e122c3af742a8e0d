package org.hlc.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The end of the season in award-service: revised proposals by the deadline (one late and refused, one with an
 * extension), the jury (rubric, balanced assignment, a declared conflict, blind scores, round closure, ranking raw and
 * normalised), 6 finalists, the pitch event and the winners; results are published at the end.
 */
public final class Finale {
    public int revisions;
    public int lateRefused;
    public boolean extensionHonoured;
    public int scoreSheets;
    public int conflictsDeclared;
    public int conflictsFlagged;
    public boolean blindHeld;
    public final List<String> rankingLines = new ArrayList<>();
    public final List<String> finalistLines = new ArrayList<>();
    public final List<String> winnerLines = new ArrayList<>();
    public List<String> finalistIds = new ArrayList<>();
    public List<String> rankedTop6 = new ArrayList<>();
    public int assignedPerEntryMin = Integer.MAX_VALUE;

    private final Http http;
    private final Keycloak keycloak;
    private final SimulatorOptions options;
    private final Community community;
    private final AwardSeason award;
    private final Random random;

    public Finale(Http http, Keycloak keycloak, SimulatorOptions options, Community community, AwardSeason award,
            Random random) {
        this.http = http;
        this.keycloak = keycloak;
        this.options = options;
        this.community = community;
        this.award = award;
        this.random = random;
    }

    private String url(String path) {
        return options.url("award") + path;
    }

    private String organizer() {
        return community.token(community.organizer);
    }

    private String edition(String path) {
        return url("/editions/" + award.editionId + path);
    }

    /** Revised proposals while the phase is open; then the deadline passes: a late one is refused (422). */
    public void revisedProposals(Report report, List<Onboarding.SemiFinalist> people) {
        Onboarding.SemiFinalist late = people.get(people.size() - 1);
        Onboarding.SemiFinalist extended = people.get(people.size() - 2);
        for (Onboarding.SemiFinalist person : people) {
            if (person == late || person == extended) {
                continue;
            }
            submitRevision(person, 201, "revised proposal");
            revisions++;
        }
        award.open("JURY_REVIEW", report); // the revised-proposal deadline has passed
        Http.Reply granted = http.call("POST", url("/entries/" + extended.entryId() + "/proposal/extension"),
                organizer(), Map.of("deadline", Instant.now().plusSeconds(3600).toString(),
                        "reason", "connectivity outage in " + extended.country()));
        AwardSeason.expect(granted, 200, "grant an extension");
        Http.Reply onExtension = submitRevision(extended, -1, "revision on an extension");
        extensionHonoured = onExtension.status() == 201;
        if (extensionHonoured) {
            revisions++;
        }
        Http.Reply refused = submitRevision(late, -1, "late revision");
        if (refused.status() == 422) {
            lateRefused++;
        }
        Http.Reply diff = http.call("GET", url("/entries/" + people.get(0).entryId() + "/proposal"),
                keycloak.token(people.get(0).username()), null);
        AwardSeason.expect(diff, 200, "read own proposal with diff");
        report.progress("revised proposals %d (one on an extension: %s); late one refused: %s", revisions,
                extensionHonoured, lateRefused == 1 ? "yes, " + refused.body().path("title").asText() : "NO");
    }

    private Http.Reply submitRevision(Onboarding.SemiFinalist person, int expected, String what) {
        Http.Reply reply = http.call("POST", url("/entries/" + person.entryId() + "/proposal"),
                keycloak.token(person.username()), Map.of("text", person.title() + "\n"
                        + "What we learned in the programme changed our plan.\n"
                        + "We now start with a pilot in two villages and a revenue model from local partners.\n"
                        + "Prototype tested with " + (10 + random.nextInt(90)) + " users."));
        if (expected > 0) {
            AwardSeason.expect(reply, expected, what);
        }
        return reply;
    }

    public void jury(Report report, List<Onboarding.SemiFinalist> people) {
        // award-service learns about people from participants' events: wait until it knows every juror
        Awaits.until(() -> http.call("GET", url("/jurors"), organizer(), null), reply -> community.jurors.stream()
                .allMatch(j -> reply.body().toString().contains(j.personId())), 60);
        for (Community.Member juror : community.jurors) {
            expectOk(http.call("POST", edition("/jury/jurors"), organizer(), Map.of("personId", juror.personId())),
                    "appoint juror");
        }
        List<Map<String, Object>> criteria = List.of(
                Map.of("id", "impact", "name", "Social impact", "weight", 3),
                Map.of("id", "feasibility", "name", "Feasibility", "weight", 2),
                Map.of("id", "learning", "name", "What the programme changed", "weight", 1));
        expectOk(http.call("PUT", edition("/jury/rubric"), organizer(), Map.of("criteria", criteria,
                "scaleMin", 1, "scaleMax", 10)), "define rubric");
        expectOk(http.call("POST", edition("/jury/assignments"), organizer(), Map.of("k", 3)),
                "assign entries to jurors");
        Map<String, String> jurorBySubject = new HashMap<>();
        community.jurors.forEach(j -> jurorBySubject.put(j.subject(), j.username()));
        // one juror declares a conflict for one of their entries: recused and replaced
        Http.Reply jury = http.call("GET", edition("/jury"), organizer(), null);
        JsonNode firstAssignment = jury.body().path("assignments").path(0);
        String conflictedEntry = firstAssignment.path("entryId").asText();
        String conflictedJuror = jurorBySubject.get(firstAssignment.path("jurorSubjects").path(0).asText());
        Http.Reply declared = http.call("POST", edition("/jury/conflicts"), keycloak.token(conflictedJuror),
                Map.of("entryId", conflictedEntry, "reason", "I advised this team last year"));
        expectOk(declared, "declare a conflict");
        conflictsDeclared++;
        Http.Reply conflicts = http.call("GET", edition("/jury/conflicts"), organizer(), null);
        for (JsonNode conflict : conflicts.body().path("items")) {
            if (conflict.path("flags").size() > 0) {
                conflictsFlagged++;
            }
        }
        jury = http.call("GET", edition("/jury"), organizer(), null);
        Map<String, List<String>> entriesOf = new HashMap<>();
        for (JsonNode assignment : jury.body().path("assignments")) {
            int jurors = assignment.path("jurorSubjects").size();
            assignedPerEntryMin = Math.min(assignedPerEntryMin, jurors);
            for (JsonNode subject : assignment.path("jurorSubjects")) {
                entriesOf.computeIfAbsent(subject.asText(), s -> new ArrayList<>())
                        .add(assignment.path("entryId").asText());
            }
        }
        // each juror scores their entries; the quality of an entry shows through every juror's own leniency
        Map<String, Integer> quality = new HashMap<>();
        for (Onboarding.SemiFinalist person : people) {
            quality.put(person.entryId(), 3 + random.nextInt(6));
        }
        for (Community.Member juror : community.jurors) {
            int leniency = random.nextInt(3) - 1;
            for (String entryId : entriesOf.getOrDefault(juror.subject(), List.of())) {
                int base = quality.getOrDefault(entryId, 5) + leniency;
                Map<String, Integer> scores = Map.of("impact", clamp(base + random.nextInt(3) - 1),
                        "feasibility", clamp(base + random.nextInt(3) - 1), "learning", clamp(base));
                Http.Reply scored = http.call("PUT", edition("/jury/scores/" + entryId), keycloak.token(
                        juror.username()), Map.of("scores", scores, "comment", "Solid pilot; scale-up unclear."));
                expectOk(scored, "score an entry");
                scoreSheets++;
            }
        }
        Community.Member someone = community.jurors.get(0);
        Http.Reply ownOnly = http.call("GET", edition("/jury/scores"), keycloak.token(someone.username()), null);
        blindHeld = ownOnly.body().path("onlyOwn").asBoolean();
        for (JsonNode sheet : ownOnly.body().path("items")) {
            blindHeld &= someone.subject().equals(sheet.path("jurorSubject").asText());
        }
        expectOk(http.call("POST", edition("/jury/round-closure"), organizer(), Map.of()), "close the round");
        Http.Reply ranking = http.call("GET", edition("/jury/ranking"), organizer(), null);
        AwardSeason.expect(ranking, 200, "jury ranking");
        for (JsonNode row : ranking.body().path("items")) {
            rankingLines.add(String.format("%2d. %-36s %s raw %6.3f  normalised %7.3f  (%d sheets)",
                    row.path("rank").asInt(), row.path("title").asText(), row.path("country").asText(),
                    row.path("raw").asDouble(), row.path("normalised").asDouble(), row.path("sheets").asInt()));
            if (rankedTop6.size() < 6) {
                rankedTop6.add(row.path("entryId").asText());
            }
        }
        rankingLines.add("tie-break: " + ranking.body().path("tieBreak").asText());
        report.progress("%d jurors, %d score sheets, %d conflict declared, %d flagged; min jurors per entry %d",
                community.jurors.size(), scoreSheets, conflictsDeclared, conflictsFlagged, assignedPerEntryMin);
    }

    public void finalists(Report report) {
        award.open("FINALIST_ANNOUNCEMENT", report);
        List<Map<String, String>> choices = rankedTop6.stream().map(id -> Map.of("entryId", id)).toList();
        Http.Reply selected = http.call("POST", edition("/finalists"), organizer(), Map.of("finalists", choices));
        expectOk(selected, "select finalists");
        Http.Reply shown = Awaits.until(() -> http.call("GET", edition("/finalists"), null, null),
                reply -> reply.body().path("announced").asBoolean(), 30);
        for (JsonNode finalist : shown.body().path("finalists")) {
            finalistIds.add(finalist.path("entryId").asText());
            finalistLines.add(String.format("%-36s %s", finalist.path("title").asText(),
                    finalist.path("country").asText()));
        }
        report.progress("finalists announced: %d", finalistIds.size());
    }

    public void winners(Report report) {
        award.open("PITCH_EVENT", report);
        award.open("WINNERS_ANNOUNCEMENT", report);
        List<Map<String, Object>> winners = List.of(
                Map.of("entryId", finalistIds.get(0), "rank", 1, "prize", "Grand prize"),
                Map.of("entryId", finalistIds.get(1), "rank", 2, "prize", "Second prize"),
                Map.of("entryId", finalistIds.get(2), "rank", 3, "prize", "Audience award"));
        Http.Reply announced = http.call("POST", edition("/winners"), organizer(), Map.of("winners", winners));
        expectOk(announced, "announce winners");
        Http.Reply shown = Awaits.until(() -> http.call("GET", edition("/winners"), null, null),
                reply -> reply.body().path("announced").asBoolean(), 30);
        for (JsonNode winner : shown.body().path("winners")) {
            winnerLines.add(String.format("%d. %-36s %s  %s", winner.path("rank").asInt(),
                    winner.path("title").asText(), winner.path("country").asText(), winner.path("prize").asText()));
        }
        award.publishResults(report);
        report.progress("winners announced: %d; results published", winnerLines.size());
    }

    private static void expectOk(Http.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + ": got " + reply.status() + " " + reply.body());
        }
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(10, score));
    }
}
