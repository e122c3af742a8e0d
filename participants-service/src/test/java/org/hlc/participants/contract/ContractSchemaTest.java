package org.hlc.participants.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hlc.participants.person.PersonEvent.ProfileUpdated;
import org.hlc.participants.person.profile.IntroVideo;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.Region;
import org.hlc.participants.person.profile.TimeWindow;
import org.hlc.participants.person.profile.Visibility;
import org.hlc.platform.events.EventType;
import org.hlc.platform.events.EventTypeRegistry;
import org.junit.jupiter.api.Test;

/** The published contract: every event type has a schema and an example, and what we write conforms to it. */
@QuarkusTest
class ContractSchemaTest {
    private static final Path CONTRACTS = Path.of("..", "contracts", "participants");
    private static final UUID ID = UUID.fromString("0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f");

    @Inject
    EventTypeRegistry registry;

    @Inject
    ObjectMapper mapper;

    @Test
    void every_event_type_has_a_schema_an_example_that_conforms_and_an_asyncapi_entry() throws Exception {
        String asyncApi = Files.readString(CONTRACTS.resolve("asyncapi.yaml"));
        for (Class<?> eventClass : registry.eventClasses()) {
            if (!eventClass.getName().startsWith("org.hlc.participants")) {
                continue;
            }
            String type = eventClass.getAnnotation(EventType.class).value();
            ObjectNode example = (ObjectNode) mapper.readTree(
                    Files.readString(CONTRACTS.resolve("examples").resolve(type + ".v1.json")));

            assertThat(problems(type, example)).as(type + " example").isEmpty();
            Object decoded = registry.decode(type, 1, example).orElseThrow();
            assertThat(problems(type, mapper.readTree(registry.encode(decoded)))).as(type + " as written").isEmpty();
            assertThat(asyncApi).contains("name: hlc.participants." + type);
        }
    }

    @Test
    void a_full_profile_update_as_written_conforms_to_the_schema() throws Exception {
        ProfileDetails details = new ProfileDetails("Kiosks", "Water", Region.EAST_AFRICA, List.of("sw", "pt-BR"),
                Map.of(DayOfWeek.MONDAY, List.of(new TimeWindow(LocalTime.of(8, 0), LocalTime.of(12, 30)))),
                new IntroVideo("https://v.example.org/a.mp4", 120), List.of("prototyping"), List.of("communication"),
                Map.of(ProfileField.email, Visibility.PRIVATE, ProfileField.bio, Visibility.PUBLIC));
        ProfileUpdated event = new ProfileUpdated(ID, "Amina", "Maji Safi", "KE", "Africa/Nairobi", "bio",
                Instant.parse("2014-12-02T07:30:00Z"), details);

        JsonNode written = mapper.readTree(registry.encode(event));

        assertThat(problems("ProfileUpdated", written)).isEmpty();
        assertThat(written.get("availability").get("MONDAY").get(0).get("to").asText()).isEqualTo("12:30");
    }

    @Test
    void a_profile_update_from_before_the_profile_grew_still_reads() throws Exception {
        ObjectNode legacy = (ObjectNode) mapper.readTree("""
                {"personId": "%s", "displayName": "Amina", "organisation": null, "country": "KE",
                 "timeZone": "Africa/Nairobi", "bio": null, "updatedAt": "2014-12-02T07:30:00Z"}""".formatted(ID));

        ProfileUpdated event = (ProfileUpdated) registry.decode("ProfileUpdated", 1, legacy).orElseThrow();

        assertThat(problems("ProfileUpdated", legacy)).isEmpty();
        assertThat(event.details().wantsToLearn()).isEmpty();
        assertThat(event.details().effectiveAvailability().get(DayOfWeek.SUNDAY)).hasSize(1);
    }

    private Set<ValidationMessage> problems(String type, JsonNode payload) throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(Files.readString(CONTRACTS.resolve(type + ".v1.schema.json")), config);
        return schema.validate(payload);
    }
}
