package org.hlc.award.jury;

import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.acceptedEntry;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hlc.award.jury.JuryFixtures.Person;

/** The jury part of a season, through the API, for the contract test: writes every kind of jury event. */
public final class JurySeason {
    private JurySeason() {
    }

    /** Reopens the call and the jury phases of {@code edition}, adds entries, and runs a whole jury round. */
    public static void run(String edition) {
        String kafka = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<Person> jurors = JuryFixtures.jurors(kafka, "KE", "Maji Safi", "IN", "Bilim", "CO", "Andes Lab");
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofHours(1));
        String etag = as(ORGANIZER).get("/editions/" + edition).then().statusCode(200).extract().header("ETag");
        as(ORGANIZER).header("If-Match", etag).body("{\"reason\": \"jury season\", \"phases\": [" + String.join(", ",
                phase("CALL_FOR_ENTRIES", from, to), phase("JURY_REVIEW", from, to),
                phase("FINALIST_ANNOUNCEMENT", from, to), phase("PITCH_EVENT", now.minus(Duration.ofHours(2)), from),
                phase("WINNERS_ANNOUNCEMENT", from, to)) + "]}").put("/editions/" + edition + "/timeline").then()
                .statusCode(200);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            entries.add(acceptedEntry(edition, "Jury entry " + i, "FR"));
        }
        jurors.forEach(j -> JuryFixtures.appoint(edition, j));
        JuryFixtures.rubric(edition);
        JuryFixtures.assign(edition, 2, entries);
        Person first = jurors.get(0);
        String declared = JuryFixtures.assignedTo(edition, first).get(0);
        as(first.token()).body("{\"entryId\": \"" + declared + "\", \"reason\": \"former colleague\"}")
                .post("/editions/" + edition + "/jury/conflicts").then().statusCode(200);
        for (Person juror : jurors) {
            for (String entry : JuryFixtures.assignedTo(edition, juror)) {
                int i = entries.indexOf(entry);
                as(juror.token()).body(JuryFixtures.scores(10 - i, 5, "ok"))
                        .put("/editions/" + edition + "/jury/scores/" + entry).then().statusCode(200);
            }
        }
        as(ORGANIZER).body("{}").post("/editions/" + edition + "/jury/round-closure").then().statusCode(200);
        List<String> ranked = as(ORGANIZER).get("/editions/" + edition + "/jury/ranking").then().statusCode(200)
                .extract().path("items.entryId");
        List<String> finalists = ranked.subList(0, 6);
        as(ORGANIZER).body("{\"finalists\": [" + String.join(", ", finalists.stream()
                .map(e -> "{\"entryId\": \"" + e + "\"}").toList()) + "]}")
                .post("/editions/" + edition + "/finalists").then().statusCode(200);
        as(ORGANIZER).body("{\"winners\": [{\"entryId\": \"" + finalists.get(0) + "\", \"rank\": 1, \"prize\": "
                + "\"Grand prize\"}]}").post("/editions/" + edition + "/winners").then().statusCode(200);
    }
}
