package org.hlc.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.accept;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.entry;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.phase;
import static org.hlc.award.AwardFixtures.submittedEntry;
import static org.hlc.award.AwardFixtures.vote;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.hlc.award.edition.EditionEventTypes;
import org.hlc.award.entry.EntryEventTypes;
import org.hlc.award.jury.JuryEventTypes;
import org.hlc.award.jury.JurySeason;
import org.hlc.award.revision.RevisionEventTypes;
import org.hlc.award.vote.VoteEventTypes;
import org.hlc.award.vote.integrity.IntegrityEventTypes;
import org.hlc.platform.events.EventType;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What award-service writes (and so publishes on hlc.award.events) is what contracts/award documents. */
@QuarkusTest
class AwardEventContractTest {
    private static final Path CONTRACTS = Path.of("..", "contracts", "award");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    @Test
    void every_event_type_has_a_schema_its_example_satisfies_and_a_place_in_the_asyncapi_document()
            throws IOException {
        String asyncapi = Files.readString(CONTRACTS.resolve("asyncapi.yaml"));
        for (String type : eventTypes()) {
            JsonNode example = JSON.readTree(CONTRACTS.resolve("examples").resolve(type + ".v1.json").toFile());
            assertThat(problems(type, example)).as(type + " example").isEmpty();
            assertThat(asyncapi).as("asyncapi lists " + type).contains("name: hlc.award." + type);
        }
    }

    @Test
    void every_event_written_in_a_whole_season_validates_against_its_schema() throws IOException {
        String edition = runSeason();
        // VotesFlagged is raised by the vote-integrity projection, a little after the votes
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> pool.preparedQuery("""
                select count(*) from hlc_events where event_type = 'hlc.award.VotesFlagged'
                 and payload ->> 'editionId' = $1""").execute(Tuple.of(edition)).await().indefinitely().iterator().next()
                .getLong(0) > 0);

        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Row row : pool.preparedQuery("""
                select event_type, payload::text as payload from hlc_events
                 where payload ->> 'editionId' = $1 order by global_position""").execute(Tuple.of(edition))
                .await().indefinitely()) {
            String type = row.getString("event_type").substring("hlc.award.".length());
            seen.add(type);
            problems(type, JSON.readTree(row.getString("payload"))).forEach(p -> failures.add(type + ": " + p));
        }
        assertThat(failures).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(eventTypes());
    }

    /** Schema violations plus fields the producer writes but the schema does not declare. */
    private static List<String> problems(String type, JsonNode payload) throws IOException {
        Path file = CONTRACTS.resolve(type + ".v1.schema.json");
        assertThat(file).as("schema for " + type).exists();
        JsonNode schemaNode = JSON.readTree(file.toFile());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode,
                config);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(payload)) {
            problems.add(message.getMessage());
        }
        for (Iterator<String> fields = payload.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            if (!schemaNode.path("properties").has(field)) {
                problems.add("undocumented field " + field);
            }
        }
        return problems;
    }

    private static List<String> eventTypes() {
        return Stream.of(new EditionEventTypes(), new EntryEventTypes(), new VoteEventTypes(),
                new RevisionEventTypes(), new IntegrityEventTypes(), new JuryEventTypes())
                .flatMap(types -> types.eventClasses().stream())
                .map(type -> type.getAnnotation(EventType.class).value()).sorted().toList();
    }

    /** Every kind of award event, through the API; returns the edition id (in every award event's payload). */
    private static String runSeason() {
        String edition = openEdition(5);
        String applicant = TestTokens.token(UUID.randomUUID().toString(), "participant");
        String first = submittedEntry(edition, applicant, "Maji Safi", "KE");
        as(applicant).header("If-Match", "\"1\"").body(entry("Maji Safi 2", "KE", "Water")).put("/entries/" + first)
                .then().statusCode(200);
        accept(first);
        String second = submittedEntry(edition, applicant, "Other", "IN");
        accept(second);
        String rejected = submittedEntry(edition, applicant, "Rejected", "CO");
        as(ORGANIZER).body("{\"decision\": \"REJECT\", \"reason\": \"for-profit\"}")
                .post("/entries/" + rejected + "/review").then().statusCode(200);
        as(applicant).body("{}").post("/entries/" + rejected + "/withdrawal").then().statusCode(200);
        String voter = UUID.randomUUID().toString();
        vote(TestTokens.token(voter, "voter"), edition, first).then().statusCode(201);
        vote(TestTokens.anyone("voter"), edition, second).then().statusCode(201);
        for (int i = 0; i < 5; i++) { // a burst from one address (test threshold 6): VotesFlagged
            vote(TestTokens.anyone("voter"), edition, second).then().statusCode(201);
        }
        for (String action : List.of("QUARANTINE", "REINSTATE", "INVALIDATE")) {
            as(ORGANIZER).body(Map.of("entryId", first, "voterSubject", voter, "action", action, "reason", "check"))
                    .post("/editions/" + edition + "/votes/moderation").then().statusCode(200);
        }
        Instant now = Instant.now();
        as(ORGANIZER).header("If-Match", "\"1\"").body("{\"reason\": \"voting over\", \"phases\": ["
                + phase("PUBLIC_VOTING", now.minusSeconds(3600), now.minusSeconds(1)) + ", "
                + phase("SEMI_FINAL_SELECTION", now.minusSeconds(60), now.plusSeconds(3600)) + ", "
                + phase("REVISED_PROPOSAL_DEADLINE", now.minusSeconds(60), now.plusSeconds(3600)) + "]}")
                .put("/editions/" + edition + "/timeline").then().statusCode(200);
        as(ORGANIZER).body("{}").post("/editions/" + edition + "/results-publication").then().statusCode(200);
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + first + "\", \"overrideReason\": \"a\"}, "
                + "{\"entryId\": \"" + second + "\", \"overrideReason\": \"b\"}]}")
                .post("/editions/" + edition + "/semi-finalists").then().statusCode(200);
        as(applicant).body(Map.of("text", "Revised: solar kiosks")).post("/entries/" + first + "/proposal").then()
                .statusCode(201);
        as(ORGANIZER).body(Map.of("deadline", now.plusSeconds(7200).toString(), "reason", "power cut"))
                .post("/entries/" + first + "/proposal/extension").then().statusCode(200);
        JurySeason.run(edition);
        return edition;
    }
}
