package org.hlc.award.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.acceptedEntry;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.jury.JuryFixtures.appoint;
import static org.hlc.award.jury.JuryFixtures.assign;
import static org.hlc.award.jury.JuryFixtures.assignedTo;
import static org.hlc.award.jury.JuryFixtures.juryEdition;
import static org.hlc.award.jury.JuryFixtures.rubric;
import static org.hlc.award.jury.JuryFixtures.scores;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.award.jury.JuryFixtures.Person;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JuryResourceTest {
    /** Four jurors shared by the tests (each test has its own edition): registered once through Kafka. */
    private static List<Person> jurors;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private List<Person> jurors() {
        if (jurors == null) {
            jurors = JuryFixtures.jurors(kafka, "KE", "Maji Safi", "IN", "Bilim", "CO", "Andes Lab", "DE",
                    "Stiftung Wasser");
        }
        return jurors;
    }

    /** An edition with the four jurors, the rubric and {@code n} accepted entries (countries FR...) assigned k each. */
    private Round round(int n, int k) {
        String edition = juryEdition(true);
        jurors().forEach(j -> appoint(edition, j));
        rubric(edition);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(acceptedEntry(edition, "Entry " + i, "FR"));
        }
        assign(edition, k, entries);
        return new Round(edition, entries);
    }

    private record Round(String edition, List<String> entries) {
        String path(String tail) {
            return "/editions/" + edition + tail;
        }
    }

    private Person assignedJuror(Round round, String entry) {
        return jurors().stream().filter(j -> assignedTo(round.edition(), j).contains(entry)).findFirst()
                .orElseThrow();
    }

    private Person unassignedJuror(Round round, String entry) {
        return jurors().stream().filter(j -> !assignedTo(round.edition(), j).contains(entry)).findFirst()
                .orElseThrow();
    }

    @Test
    void rejects_score_outside_scale() {
        Round round = round(1, 3);
        String entry = round.entries().get(0);
        Person juror = assignedJuror(round, entry);

        as(juror.token()).body(scores(11, 5, "too kind")).put(round.path("/jury/scores/" + entry)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", equalTo(List.of("scores[impact]")));
        as(juror.token()).body("{\"scores\": {\"impact\": 7.5, \"feasibility\": 5}}")
                .put(round.path("/jury/scores/" + entry)).then().statusCode(400)
                .body("'invalid-params'.name", equalTo(List.of("scores[impact]")));
        as(juror.token()).body("{\"scores\": {\"impact\": 7}}").put(round.path("/jury/scores/" + entry)).then()
                .statusCode(400).body("'invalid-params'.name", equalTo(List.of("scores[feasibility]")));
    }

    @Test
    void juror_scoring_unassigned_entry_is_forbidden() {
        Round round = round(1, 3);
        String entry = round.entries().get(0);
        Person outsider = unassignedJuror(round, entry);

        as(outsider.token()).body(scores(5, 5, "x")).put(round.path("/jury/scores/" + entry)).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.anyone("jury")).body(scores(5, 5, "x")).put(round.path("/jury/scores/" + entry)).then()
                .statusCode(403);
        as(TestTokens.anyone("voter")).body(scores(5, 5, "x")).put(round.path("/jury/scores/" + entry)).then()
                .statusCode(403);
    }

    @Test
    void a_declared_conflict_recuses_the_juror_who_is_then_forbidden_and_the_entry_keeps_k_jurors() {
        Round round = round(2, 3);
        String entry = round.entries().get(0);
        Person juror = assignedJuror(round, entry);
        as(juror.token()).body(scores(6, 6, "before")).put(round.path("/jury/scores/" + entry)).then()
                .statusCode(200);

        as(juror.token()).body("{\"entryId\": \"" + entry + "\", \"reason\": \"I mentored this team\"}")
                .post(round.path("/jury/conflicts")).then().statusCode(200)
                .body("assignments.entryId", not(hasItem(entry)));

        as(juror.token()).header("If-Match", "\"1\"").body(scores(7, 7, "after"))
                .put(round.path("/jury/scores/" + entry)).then().statusCode(403)
                .body("detail", containsString("recused"));
        as(ORGANIZER).get(round.path("/jury")).then().statusCode(200)
                .body("assignments.find { it.entryId == '" + entry + "' }.jurorSubjects", hasSize(3))
                .body("assignments.find { it.entryId == '" + entry + "' }.jurorSubjects", not(hasItem(
                        juror.subject())))
                .body("assignments.find { it.entryId == '" + entry + "' }.recused", equalTo(List.of(
                        juror.subject())));
        as(ORGANIZER).get(round.path("/jury/conflicts")).then().statusCode(200)
                .body("items.find { it.jurorSubject == '" + juror.subject() + "' }.declared", equalTo(true))
                .body("items.find { it.jurorSubject == '" + juror.subject() + "' }.recused", equalTo(true))
                .body("items.find { it.jurorSubject == '" + juror.subject() + "' }.declaredReason",
                        equalTo("I mentored this team"));
        // the recused juror's earlier sheet does not count
        as(ORGANIZER).get(round.path("/jury/ranking")).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void scores_are_blind_until_the_round_closes_and_rescoring_needs_the_sheet_etag() {
        Round round = round(2, 4);
        String entry = round.entries().get(0);
        Person a = jurors().get(0);
        Person b = jurors().get(1);
        String etag = as(a.token()).body(scores(8, 6, "a")).put(round.path("/jury/scores/" + entry)).then()
                .statusCode(200).header("ETag", "\"1\"").extract().header("ETag");
        as(b.token()).body(scores(4, 4, "b")).put(round.path("/jury/scores/" + entry)).then().statusCode(200);

        as(a.token()).body(scores(9, 6, "no etag")).put(round.path("/jury/scores/" + entry)).then().statusCode(428);
        as(a.token()).header("If-Match", "\"7\"").body(scores(9, 6, "stale")).put(round.path("/jury/scores/" + entry))
                .then().statusCode(412);
        as(a.token()).header("If-Match", etag).body(scores(9, 6, "again")).put(round.path("/jury/scores/" + entry))
                .then().statusCode(200).header("ETag", "\"2\"").body("scores.value", equalTo(List.of(9, 6)));

        as(a.token()).get(round.path("/jury/scores")).then().statusCode(200).body("onlyOwn", equalTo(true))
                .body("items.jurorSubject", equalTo(List.of(a.subject())))
                .body("items[0].comment", equalTo("again"));
        as(ORGANIZER).get(round.path("/jury/scores")).then().statusCode(200).body("items", hasSize(2));
        as(TestTokens.anyone("jury")).get(round.path("/jury/scores")).then().statusCode(403);

        as(ORGANIZER).body("{}").post(round.path("/jury/round-closure")).then().statusCode(200)
                .body("roundClosed", equalTo(true));
        as(a.token()).get(round.path("/jury/scores")).then().statusCode(200).body("onlyOwn", equalTo(false))
                .body("items", hasSize(2));
        as(a.token()).header("If-Match", "\"2\"").body(scores(1, 1, "late")).put(round.path("/jury/scores/" + entry))
                .then().statusCode(422).body("rule", equalTo("jury-round-closed"));
    }

    @Test
    void finalists_must_be_six_ranked_entries_and_winners_must_be_finalists() {
        Round round = round(8, 2);
        List<String> entries = round.entries();
        // every juror scores all of their entries except the last entry's: entry i gets impact 10 - i
        String unscored = entries.get(7);
        for (Person juror : jurors()) {
            for (String entry : assignedTo(round.edition(), juror)) {
                if (!entry.equals(unscored)) {
                    int i = entries.indexOf(entry);
                    as(juror.token()).body(scores(10 - i, 5, "note, with \\\"quotes\\\""))
                            .put(round.path("/jury/scores/" + entry)).then().statusCode(200);
                }
            }
        }
        List<String> top6 = entries.subList(0, 6);
        as(ORGANIZER).body(finalists(top6, Map.of())).post(round.path("/finalists")).then().statusCode(422)
                .body("rule", equalTo("jury-round-open"));
        as(ORGANIZER).body("{}").post(round.path("/jury/round-closure")).then().statusCode(200);

        List<String> ranked = as(ORGANIZER).get(round.path("/jury/ranking")).then().statusCode(200)
                .body("tieBreak", containsString("normalised")).extract().path("items.entryId");
        assertThat(ranked).hasSize(7).doesNotContain(unscored).startsWith(top6.toArray(String[]::new));

        as(ORGANIZER).body(finalists(top6.subList(0, 5), Map.of())).post(round.path("/finalists")).then()
                .statusCode(422).body("rule", equalTo("finalist-count"));
        List<String> withUnscored = new ArrayList<>(top6.subList(0, 5));
        withUnscored.add(unscored);
        as(ORGANIZER).body(finalists(withUnscored, Map.of(unscored, "promising"))).post(round.path("/finalists"))
                .then().statusCode(422).body("rule", equalTo("finalist-not-ranked"));
        List<String> withSeventh = new ArrayList<>(top6.subList(0, 5));
        withSeventh.add(entries.get(6));
        as(ORGANIZER).body(finalists(withSeventh, Map.of())).post(round.path("/finalists")).then().statusCode(422)
                .body("rule", equalTo("override-reason-required")).body("entryId", equalTo(entries.get(6)));
        as(ORGANIZER).body(finalists(top6, Map.of())).post(round.path("/finalists")).then().statusCode(200);
        as(ORGANIZER).body(finalists(top6, Map.of())).post(round.path("/finalists")).then().statusCode(409);

        RestAssured.given().get(round.path("/finalists")).then().statusCode(200).body("announced", equalTo(true))
                .body("finalists.entryId", equalTo(top6)).body("finalists[0].overrideReason", nullValue());
        RestAssured.given().get(round.path("/winners")).then().statusCode(200).body("announced", equalTo(false));

        as(ORGANIZER).body(winners(entries.get(6))).post(round.path("/winners")).then().statusCode(422)
                .body("rule", equalTo("winner-not-finalist"));
        as(ORGANIZER).body(winners(top6.get(1))).post(round.path("/winners")).then().statusCode(200);
        RestAssured.given().get(round.path("/winners")).then().statusCode(200).body("announced", equalTo(true))
                .body("winners[0].entryId", equalTo(top6.get(1))).body("winners[0].rank", equalTo(1))
                .body("winners[0].prize", equalTo("Grand prize"));

        String csv = as(ORGANIZER).get(round.path("/jury/scores/export")).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("edition_id,entry_id,entry_title,juror_subject");
        assertThat(lines).hasSize(1 + 7 * 2 * 2); // header + 7 scored entries x 2 jurors x 2 criteria
        assertThat(lines[1]).contains(",\"note, with \"\"quotes\"\"\",").endsWith(",1,true");
        as(jurors().get(0).token()).get(round.path("/jury/scores/export")).then().statusCode(403);
    }

    @Test
    void outside_the_phase_windows_jury_commands_are_refused_naming_phase_and_window() {
        String closed = juryEdition(false);
        as(ORGANIZER).body("{\"personId\": \"" + jurors().get(0).personId() + "\"}")
                .post("/editions/" + closed + "/jury/jurors").then().statusCode(422)
                .body("rule", equalTo("outside-phase-window")).body("phase", equalTo("JURY_REVIEW"))
                .body("opensAt", not(nullValue())).body("closesAt", not(nullValue()));

        Round round = round(1, 3);
        String entry = round.entries().get(0);
        Person juror = assignedJuror(round, entry);
        java.time.Instant now = java.time.Instant.now();
        String etag = as(ORGANIZER).get(round.path("")).then().statusCode(200).extract().header("ETag");
        as(ORGANIZER).header("If-Match", etag).body("{\"reason\": \"jury review ended early\", \"phases\": ["
                + String.join(", ", org.hlc.award.AwardFixtures.phase("JURY_REVIEW", now.minusSeconds(7200),
                        now.minusSeconds(60)),
                        org.hlc.award.AwardFixtures.phase("FINALIST_ANNOUNCEMENT", now.plusSeconds(3600),
                                now.plusSeconds(7200)),
                        org.hlc.award.AwardFixtures.phase("PITCH_EVENT", now.minusSeconds(60), now.plusSeconds(3600)),
                        org.hlc.award.AwardFixtures.phase("WINNERS_ANNOUNCEMENT", now.minusSeconds(60),
                                now.plusSeconds(7200))) + "]}")
                .put(round.path("/timeline")).then().statusCode(200);

        as(juror.token()).body(scores(5, 5, "late")).put(round.path("/jury/scores/" + entry)).then().statusCode(422)
                .body("rule", equalTo("outside-phase-window")).body("phase", equalTo("JURY_REVIEW"));
        as(ORGANIZER).body("{}").post(round.path("/jury/round-closure")).then().statusCode(200);
        as(ORGANIZER).body(finalists(List.of(entry), Map.of())).post(round.path("/finalists")).then()
                .statusCode(422).body("rule", equalTo("outside-phase-window"))
                .body("phase", equalTo("FINALIST_ANNOUNCEMENT"));
        as(ORGANIZER).body(winners(entry)).post(round.path("/winners")).then().statusCode(422)
                .body("rule", equalTo("phase-not-closed")).body("phase", equalTo("PITCH_EVENT"));
    }

    @Test
    void the_organizer_sees_flagged_likely_conflicts_by_country_and_organisation() {
        Person applicant = JuryFixtures.person(kafka, "participant", "IN", "Maji Safi");
        String edition = juryEdition(true);
        jurors().forEach(j -> appoint(edition, j));
        rubric(edition);
        String kenyan = AwardFixtures_submit(edition, applicant, "KE");
        assign(edition, 3, List.of(kenyan));

        org.awaitility.Awaitility.await().atMost(org.hlc.award.AwardFixtures.PROJECTION_WAIT).until(() -> {
            List<List<String>> flags = as(ORGANIZER).get("/editions/" + edition + "/jury/conflicts").path(
                    "items.flags");
            return flags.size() == 2;
        });
        as(ORGANIZER).get("/editions/" + edition + "/jury/conflicts").then().statusCode(200)
                .body("items.find { it.jurorSubject == '" + jurors().get(0).subject() + "' }.flags",
                        equalTo(List.of("same-country-as-entry", "same-organisation-as-applicant")))
                .body("items.find { it.jurorSubject == '" + jurors().get(1).subject() + "' }.flags",
                        equalTo(List.of("same-country-as-applicant")))
                .body("items.find { it.jurorSubject == '" + jurors().get(0).subject() + "' }.declared",
                        equalTo(false));
        as(jurors().get(0).token()).get("/editions/" + edition + "/jury/conflicts").then().statusCode(403);
    }

    @Test
    void only_people_with_the_jury_role_are_appointed_and_the_rubric_is_validated() {
        Person voter = JuryFixtures.person(kafka, "voter", "KE", "None");
        String edition = juryEdition(true);
        org.awaitility.Awaitility.await().atMost(org.hlc.award.AwardFixtures.PROJECTION_WAIT).until(() ->
                as(ORGANIZER).body("{\"personId\": \"" + voter.personId() + "\"}")
                        .post("/editions/" + edition + "/jury/jurors").statusCode() == 422);
        as(ORGANIZER).body("{\"personId\": \"" + voter.personId() + "\"}").post("/editions/" + edition
                + "/jury/jurors").then().statusCode(422).body("rule", equalTo("not-a-juror"));

        as(ORGANIZER).body("""
                {"scaleMin": 5, "scaleMax": 5, "criteria": [{"id": "impact", "name": "Impact", "weight": 0},
                  {"id": "impact", "name": "Again", "weight": 1}]}""").put("/editions/" + edition + "/jury/rubric")
                .then().statusCode(400).body("'invalid-params'.name", hasItem("criteria[0].weight"));
        as(ORGANIZER).body("""
                {"scaleMin": 5, "scaleMax": 5, "criteria": [{"id": "impact", "name": "Impact", "weight": 1},
                  {"id": "impact", "name": "Again", "weight": 1}]}""").put("/editions/" + edition + "/jury/rubric")
                .then().statusCode(400).body("'invalid-params'.name", equalTo(List.of("scaleMax",
                        "criteria[1].id")));
        as(ORGANIZER).body("{\"k\": 3}").post("/editions/" + edition + "/jury/assignments").then().statusCode(422)
                .body("rule", equalTo("rubric-required"));
        as(TestTokens.anyone("jury")).body(JuryFixtures.RUBRIC).put("/editions/" + edition + "/jury/rubric").then()
                .statusCode(403);
        as(ORGANIZER).get("/editions/" + UUID.randomUUID() + "/jury").then().statusCode(404);
        as(ORGANIZER).get("/editions/not-a-uuid/jury").then().statusCode(400);
    }

    @Test
    void without_named_entries_the_semi_finalists_are_assigned_each_to_k_jurors() {
        String edition = juryEdition(true);
        String a = acceptedEntry(edition, "Semi A", "FR");
        String b = acceptedEntry(edition, "Semi B", "BR");
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + a + "\", \"overrideReason\": \"jury pick\"}, "
                + "{\"entryId\": \"" + b + "\", \"overrideReason\": \"jury pick\"}]}")
                .post("/editions/" + edition + "/semi-finalists").then().statusCode(200);
        jurors().forEach(j -> appoint(edition, j));
        rubric(edition);

        String key = UUID.randomUUID().toString();
        as(ORGANIZER).header("Idempotency-Key", key).body("{\"k\": 3}")
                .post("/editions/" + edition + "/jury/assignments").then().statusCode(200)
                .body("jurorsPerEntry", equalTo(3))
                .body("assignments.entryId", equalTo(List.of(a, b)))
                .body("assignments.jurorSubjects.flatten()", hasSize(6))
                .body("jurors.load.max()", equalTo(2)).body("jurors.load.min()", equalTo(1));
        as(ORGANIZER).header("Idempotency-Key", key).body("{\"k\": 3}")
                .post("/editions/" + edition + "/jury/assignments").then().statusCode(200)
                .header("Idempotent-Replayed", "true");
        as(ORGANIZER).body("{\"k\": 3}").post("/editions/" + edition + "/jury/assignments").then().statusCode(409);
    }

    private static String AwardFixtures_submit(String edition, Person applicant, String country) {
        String id = org.hlc.award.AwardFixtures.submittedEntry(edition, applicant.token(), "Kenyan kiosks", country);
        org.hlc.award.AwardFixtures.accept(id);
        return id;
    }

    private static String finalists(List<String> entries, Map<String, ?> reasons) {
        return "{\"finalists\": [" + String.join(", ", entries.stream().map(e -> reasons.containsKey(e)
                ? "{\"entryId\": \"" + e + "\", \"overrideReason\": \"" + reasons.get(e) + "\"}"
                : "{\"entryId\": \"" + e + "\"}").toList()) + "]}";
    }

    private static String winners(String first) {
        return "{\"winners\": [{\"entryId\": \"" + first + "\", \"rank\": 1, \"prize\": \"Grand prize\"}]}";
    }
}
