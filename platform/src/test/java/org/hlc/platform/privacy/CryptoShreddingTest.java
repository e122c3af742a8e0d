package org.hlc.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hlc.platform.KafkaTestSupport;
import org.hlc.platform.TestEvents;
import org.hlc.platform.TestEvents.PersonJoined;
import org.hlc.platform.TestEvents.ThingHappened;
import org.hlc.platform.TestInfrastructure;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.outbox.OutboxRelay;
import org.hlc.platform.outbox.RelaySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CryptoShreddingTest {
    private final EventStore store = new EventStore(TestInfrastructure.pool(),
            TestInfrastructure.registry(TestEvents.all()), TestInfrastructure.MAPPER);
    private final String personId = UUID.randomUUID().toString();
    private final String stream = "person-" + personId;

    @BeforeEach
    void clean() {
        TestInfrastructure.truncateAll();
    }

    @Test
    void stores_personal_fields_encrypted_and_reads_them_back_in_clear() {
        join();

        String stored = storedPayload();
        assertThat(stored).doesNotContain("Amina").doesNotContain("amina@example.org").doesNotContain("sw-KE")
                .contains("enc:v1:").contains("\"country\": \"KE\"").contains(personId);
        PersonJoined read = store.readStream(stream).await().indefinitely().get(0).as(PersonJoined.class);
        assertThat(read).isEqualTo(new PersonJoined(personId, "Amina", "amina@example.org", List.of("sw-KE", "en"),
                "KE"));
    }

    @Test
    void after_erasure_the_log_yields_no_personal_data_but_keeps_the_event() throws Exception {
        join();
        store.append(new AppendRequest("count-" + personId, "thing", ExpectedVersion.noStream(),
                List.of(new ThingHappened("vote by " + personId, 1))), EventMetadata.system("test"))
                .await().indefinitely();

        assertThat(new Erasure(TestInfrastructure.pool()).shred(personId).await().indefinitely()).isTrue();

        PersonJoined erased = store.readStream(stream).await().indefinitely().get(0).as(PersonJoined.class);
        assertThat(erased).isEqualTo(new PersonJoined(personId, null, null, null, "KE"));
        assertThat(store.readStream("count-" + personId).await().indefinitely()).hasSize(1);

        String topic = KafkaTestSupport.uniqueTopic("shredded");
        OutboxRelay relay = new OutboxRelay(TestInfrastructure.pool(), new RelaySettings("shred", topic,
                "/hlc/test-service", TestInfrastructure.KAFKA, 100, Duration.ofMillis(10), Duration.ofMillis(100),
                Duration.ofSeconds(5)));
        assertThat(relay.publishNextBatch()).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(topic, 2, Duration.ofSeconds(20));
        String published = records.stream().filter(r -> r.key().equals(stream)).map(r -> new String(r.value()))
                .findFirst().orElseThrow();
        assertThat(published).doesNotContain("Amina").doesNotContain("enc:v1:").contains("\"name\":null");
    }

    @Test
    void refuses_new_personal_data_for_an_erased_person() {
        join();
        new Erasure(TestInfrastructure.pool()).shred(personId).await().indefinitely();

        assertThatThrownBy(() -> store.append(new AppendRequest(stream, "person", ExpectedVersion.exactly(1),
                List.of(new PersonJoined(personId, "Again", "again@example.org", List.of(), "KE"))),
                EventMetadata.system("test")).await().indefinitely()).isInstanceOf(DomainRuleException.class);
    }

    private void join() {
        store.append(new AppendRequest(stream, "person", ExpectedVersion.noStream(),
                List.of(new PersonJoined(personId, "Amina", "amina@example.org", List.of("sw-KE", "en"), "KE"))),
                EventMetadata.system("test")).await().indefinitely();
    }

    private String storedPayload() {
        return TestInfrastructure.pool().preparedQuery("select payload::text from hlc_events where stream_id = $1")
                .execute(Tuple.of(stream)).await().indefinitely().iterator().next().getString(0);
    }
}
