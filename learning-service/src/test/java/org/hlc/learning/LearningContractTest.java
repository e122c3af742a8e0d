package org.hlc.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hlc.learning.assignment.AssignmentEventTypes;
import org.hlc.learning.blog.PostEventTypes;
import org.hlc.learning.programme.ProgrammeEvent.MaterialRead;
import org.hlc.learning.programme.ProgrammeEvent.ProgrammeCreated;
import org.hlc.learning.programme.ProgrammeEventTypes;
import org.hlc.learning.programme.Week;
import org.hlc.platform.events.EventTypeRegistry;
import org.junit.jupiter.api.Test;

/**
 * Producer side of contracts/learning (every event type: schema, example, AsyncAPI entry) and consumer side of the
 * participants and webinar contracts this service reads.
 */
@QuarkusTest
class LearningContractTest {
    private static final Path CONTRACTS = Path.of("..", "contracts");
    private static final Instant AT = Instant.parse("2015-03-02T08:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EventTypeRegistry registry;

    @Test
    void every_event_type_has_a_schema_an_example_that_validates_and_an_asyncapi_entry() throws IOException {
        String asyncapi = Files.readString(CONTRACTS.resolve("learning/asyncapi.yaml"));
        List<Class<?>> published = new ArrayList<>(new ProgrammeEventTypes().eventClasses());
        published.addAll(new AssignmentEventTypes().eventClasses());
        published.addAll(new PostEventTypes().eventClasses());
        for (Class<?> eventClass : published) {
            String type = eventClass.getSimpleName();
            JsonNode example = json.readTree(Files.readString(
                    CONTRACTS.resolve("learning/examples/" + type + ".v1.json")));

            assertThat(schema("learning", type).validate(example)).as(type + " example").isEmpty();
            assertThat(asyncapi).contains("name: hlc.learning." + type, "./" + type + ".v1.schema.json");
        }
    }

    @Test
    void new_and_grown_events_validate_against_their_published_schema() throws IOException {
        UUID id = UUID.randomUUID();
        List<Object> samples = List.of(
                new ProgrammeCreated(id, id, "HLC", LocalDate.parse("2015-03-02"), LocalDate.parse("2015-03-15"),
                        Week.STANDARD, "organizer", AT, "2015-programme"),
                new ProgrammeCreated(id, id, "HLC", LocalDate.parse("2015-03-02"), LocalDate.parse("2015-03-15"),
                        Week.STANDARD, "organizer", AT, null),
                new MaterialRead(id, id, id, id, AT));
        for (Object event : samples) {
            String type = registry.typeOf(event).value();
            assertThat(schema("learning", type).validate(json.readTree(registry.encode(event))))
                    .as(type + " payload " + registry.encode(event)).isEmpty();
        }
    }

    @Test
    void the_consumed_examples_used_by_the_tests_match_their_producers_schemas() throws IOException {
        for (String[] consumed : new String[][] { { "participants", "PersonRegistered" },
                { "participants", "Invited" }, { "participants", "GroupCreated" }, { "participants", "MemberAdded" },
                { "participants", "MemberMoved" }, { "participants", "RoleGranted" },
                { "participants", "PersonErased" }, { "webinar", "AttendanceRecorded" } }) {
            JsonNode example = json.readTree(Files.readString(
                    CONTRACTS.resolve(consumed[0] + "/examples/" + consumed[1] + ".v1.json")));
            assertThat(schema(consumed[0], consumed[1]).validate(example)).as(consumed[1]).isEmpty();
        }
    }

    private JsonSchema schema(String service, String type) throws IOException {
        JsonNode node = json.readTree(Files.readString(CONTRACTS.resolve(service + "/" + type + ".v1.schema.json")));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
}
