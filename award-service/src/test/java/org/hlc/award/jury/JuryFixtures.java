package org.hlc.award.jury;

import static org.awaitility.Awaitility.await;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.award.AwardFixtures;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;

/** Jury-phase editions and jurors (registered through hlc.participants.events, as participants-service would). */
public final class JuryFixtures {
    private static final String EXAMPLE_SUBJECT = "6c1d8e2f-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

    private JuryFixtures() {
    }

    public record Person(UUID personId, String subject, String token) {
    }

    /**
     * Every phase the jury needs open now (windows may overlap), the pitch event an hour ago; {@code reviewOpen}
     * false puts JURY_REVIEW in the past.
     */
    public static String juryEdition(boolean reviewOpen) {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofHours(1));
        Instant past = now.minus(Duration.ofHours(2));
        String phases = "[" + String.join(", ", phase("CALL_FOR_ENTRIES", from, to), phase("PUBLIC_VOTING", from, to),
                phase("SEMI_FINAL_SELECTION", from, to),
                reviewOpen ? phase("JURY_REVIEW", from, to) : phase("JURY_REVIEW", past, from),
                phase("FINALIST_ANNOUNCEMENT", from, to), phase("PITCH_EVENT", past, from),
                phase("WINNERS_ANNOUNCEMENT", from, to)) + "]";
        return AwardFixtures.createEdition(AwardFixtures.edition(phases, 5, 2, 1));
    }

    /** Publishes PersonRegistered (+ ProfileUpdated with the organisation) for a new person; returns them. */
    public static Person person(String kafka, String role, String country, String organisation) {
        UUID personId = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        String registered = ContractExamples.example("participants", "PersonRegistered")
                .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                .replace(EXAMPLE_SUBJECT, subject)
                .replace("[\"participant\"]", "[\"" + role + "\"]")
                .replace("\"country\": \"KE\"", "\"country\": \"" + country + "\"");
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 1,
                "hlc.participants.PersonRegistered", registered);
        String updated = ContractExamples.example("participants", "ProfileUpdated")
                .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                .replace("\"organisation\": \"Maji Safi\"", "\"organisation\": \"" + organisation + "\"")
                .replace("\"country\": \"KE\"", "\"country\": \"" + country + "\"");
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 2,
                "hlc.participants.ProfileUpdated", updated);
        return new Person(personId, subject, TestTokens.token(subject, role));
    }

    /** Jurors, waited for until GET /jurors shows each with its organisation. */
    public static List<Person> jurors(String kafka, String... countryAndOrganisation) {
        List<Person> jurors = new java.util.ArrayList<>();
        for (int i = 0; i < countryAndOrganisation.length; i += 2) {
            jurors.add(person(kafka, "jury", countryAndOrganisation[i], countryAndOrganisation[i + 1]));
        }
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> {
            List<String> known = as(ORGANIZER).get("/jurors").path("findAll { it.organisation != null }.personId");
            return jurors.stream().allMatch(j -> known.contains(j.personId().toString()));
        });
        return jurors;
    }

    public static void appoint(String edition, Person juror) {
        as(ORGANIZER).body("{\"personId\": \"" + juror.personId() + "\"}")
                .post("/editions/" + edition + "/jury/jurors").then().statusCode(200);
    }

    public static final String RUBRIC = """
            {"scaleMin": 1, "scaleMax": 10, "criteria": [
               {"id": "impact", "name": "Social impact", "weight": 2},
               {"id": "feasibility", "name": "Feasibility", "weight": 1}]}""";

    public static void rubric(String edition) {
        as(ORGANIZER).body(RUBRIC).put("/editions/" + edition + "/jury/rubric").then().statusCode(200);
    }

    public static String entryIds(List<String> entries) {
        return "[" + String.join(", ", entries.stream().map(e -> "\"" + e + "\"").toList()) + "]";
    }

    public static void assign(String edition, int k, List<String> entries) {
        as(ORGANIZER).body("{\"k\": " + k + ", \"seed\": 7, \"entryIds\": " + entryIds(entries) + "}")
                .post("/editions/" + edition + "/jury/assignments").then().statusCode(200);
    }

    public static String scores(int impact, int feasibility, String comment) {
        return "{\"scores\": {\"impact\": " + impact + ", \"feasibility\": " + feasibility + "}, \"comment\": \""
                + comment + "\"}";
    }

    /** The entries assigned to the juror, as the juror sees them. */
    public static List<String> assignedTo(String edition, Person juror) {
        return as(juror.token()).get("/editions/" + edition + "/jury").then().statusCode(200).extract()
                .path("assignments.entryId");
    }
}
