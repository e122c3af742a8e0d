package org.hlc.webinar.webinar;

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
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventTypeRegistry;
import org.hlc.webinar.webinar.WebinarEvent.AttendanceRecorded;
import org.hlc.webinar.webinar.WebinarEvent.ParticipantRegistered;
import org.hlc.webinar.webinar.WebinarEvent.ParticipantWaitlisted;
import org.hlc.webinar.webinar.WebinarEvent.RecordingPublished;
import org.hlc.webinar.webinar.WebinarEvent.RegistrationCancelled;
import org.hlc.webinar.webinar.WebinarEvent.WaitlistPromoted;
import org.hlc.webinar.webinar.WebinarEvent.WebinarCancelled;
import org.hlc.webinar.webinar.WebinarEvent.WebinarRescheduled;
import org.hlc.webinar.webinar.WebinarEvent.WebinarScheduled;
import org.hlc.webinar.questions.QuestionEvent.QuestionAnswered;
import org.hlc.webinar.questions.QuestionEvent.QuestionAsked;
import org.hlc.webinar.questions.QuestionEvent.QuestionHidden;
import org.hlc.webinar.questions.QuestionEvent.QuestionUpvoteWithdrawn;
import org.hlc.webinar.questions.QuestionEvent.QuestionUpvoted;
import org.hlc.webinar.questions.QuestionEventTypes;
import org.hlc.webinar.questions.QuestionEvent.QuestionCarriedOver;
import org.hlc.webinar.calendar.CalendarEventTypes;
import org.hlc.webinar.calendar.CalendarFeedEvent.CalendarFeedIssued;
import org.hlc.webinar.calendar.CalendarFeedEvent.CalendarFeedRevoked;
import org.hlc.webinar.calendar.FeedTokens;
import org.junit.jupiter.api.Test;

/** Producer side of contracts/webinar: what the service writes, and the recorded examples, match the schemas. */
@QuarkusTest
class WebinarContractTest {
    private static final Path CONTRACTS = Path.of("..", "contracts", "webinar");
    private static final Instant AT = Instant.parse("2026-12-07T13:00:00Z");
    private static final UUID W = UUID.randomUUID();
    private static final UUID P = UUID.randomUUID();
    private static final UUID Q = UUID.randomUUID();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EventTypeRegistry registry;

    @Test
    void every_event_the_service_writes_validates_against_its_published_schema() throws IOException {
        List<WebinarEvent> samples = List.of(
                new WebinarScheduled(W, P, null, "impact", "Impact", P, AT, 60, 5, "https://meet.example.org/x",
                        "sub", AT, null),
                new WebinarScheduled(W, P, UUID.randomUUID(), "impact", "Impact", P, AT, 240, 1,
                        "http://meet.example.org/x", "sub", AT, false),
                new WebinarRescheduled(W, P, AT, 45, AT, 1, AT), new WebinarCancelled(W, P, "ill", AT),
                new RecordingPublished(W, "https://video.example.org/r", AT),
                new ParticipantRegistered(W, P, "sub", AT), new ParticipantWaitlisted(W, P, "sub", 2, AT),
                new RegistrationCancelled(W, P, true, AT), new WaitlistPromoted(W, P, "sub", AT),
                new AttendanceRecorded(W, P, P, null, false, 0, 45, 60, AT));
        List<Object> all = new java.util.ArrayList<>(samples);
        all.addAll(List.of(new QuestionAsked(Q, W, P, "sub", "How?", AT), new QuestionAnswered(Q, W, null, null, AT),
                new QuestionAnswered(Q, W, "So.", P, AT), new QuestionHidden(Q, W, "spam", P, AT),
                new QuestionUpvoted(Q, W, P, AT), new QuestionUpvoteWithdrawn(Q, W, P, AT),
                new QuestionCarriedOver(Q, W, UUID.randomUUID(), null, 3, AT),
                new QuestionCarriedOver(Q, W, null, P, 1, AT),
                new CalendarFeedIssued(P, FeedTokens.sha256(FeedTokens.issue(P)), AT),
                new CalendarFeedRevoked(P, AT)));

        for (Object event : all) {
            String type = registry.typeOf(event).value();
            assertThat(schema(type).validate(json.readTree(registry.encode(event))))
                    .as(type + " payload " + registry.encode(event)).isEmpty();
        }
    }

    @Test
    void every_event_type_has_a_schema_an_example_that_validates_and_an_asyncapi_entry() throws IOException {
        String asyncapi = Files.readString(CONTRACTS.resolve("asyncapi.yaml"));
        List<Class<?>> published = new java.util.ArrayList<>(new WebinarEventTypes().eventClasses());
        published.addAll(new QuestionEventTypes().eventClasses());
        published.addAll(new CalendarEventTypes().eventClasses());
        for (Class<?> eventClass : published) {
            String type = eventClass.getSimpleName();
            JsonNode example = json.readTree(Files.readString(CONTRACTS.resolve("examples/" + type + ".v1.json")));

            assertThat(schema(type).validate(example)).as(type + " example").isEmpty();
            assertThat(asyncapi).contains("name: hlc.webinar." + type, "./" + type + ".v1.schema.json");
        }
    }

    @Test
    void the_schema_refuses_an_attendance_without_the_fields_learning_reads() throws IOException {
        JsonNode incomplete = json.readTree("{\"webinarId\": \"" + W + "\", \"attended\": \"yes\"}");

        assertThat(schema("AttendanceRecorded").validate(incomplete)).isNotEmpty();
    }

    private JsonSchema schema(String type) throws IOException {
        JsonNode node = json.readTree(Files.readString(CONTRACTS.resolve(type + ".v1.schema.json")));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
}
