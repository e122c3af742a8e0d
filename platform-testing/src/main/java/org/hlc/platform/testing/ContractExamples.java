package org.hlc.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The recorded example payloads in {@code contracts/<service>/examples}, published as the producer would: consumer
 * tests run against the documented contract, not against the producer's classes.
 */
public final class ContractExamples {
    /** The person id used in the participants examples; replaced by the test's own id. */
    public static final String EXAMPLE_PERSON_ID = "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f";

    private ContractExamples() {
    }

    public static String example(String service, String type) {
        Path path = Path.of("..", "contracts", service, "examples", type + ".v1.json");
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("missing contract example " + path.toAbsolutePath(), e);
        }
    }

    /** Publishes a participants example for {@code personId} on hlc.participants.events; returns the event id. */
    public static UUID publishPersonEvent(String kafka, String type, UUID personId, long version, UUID eventId) {
        String payload = example("participants", type).replace(EXAMPLE_PERSON_ID, personId.toString());
        return KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, version,
                "hlc.participants." + type, payload, eventId);
    }
}
