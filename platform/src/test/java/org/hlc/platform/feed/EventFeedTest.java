package org.hlc.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.hlc.platform.TestEvents;
import org.hlc.platform.TestEvents.ThingHappened;
import org.hlc.platform.TestInfrastructure;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.http.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventFeedTest {
    private final EventStore store = new EventStore(TestInfrastructure.pool(),
            TestInfrastructure.registry(TestEvents.all()), TestInfrastructure.MAPPER);
    private final EventFeed feed = new EventFeed(TestInfrastructure.pool(), TestInfrastructure.MAPPER);

    @BeforeEach
    void clean() {
        TestInfrastructure.truncateAll();
    }

    @Test
    void follows_only_the_chosen_stream_types_and_resumes_after_the_last_event_id() {
        append("edition", "edition-1", "created");
        append("private", "secret-1", "hidden");
        append("edition", "edition-1", "opened");

        List<FeedEvent> first = feed.next(FeedPosition.START, List.of("edition")).await().indefinitely();
        assertThat(first).extracting(e -> e.payload().path("thing").asText()).containsExactly("created", "opened");

        FeedPosition resumeAt = FeedPosition.parse(first.get(0).position().id());
        List<FeedEvent> resumed = feed.next(resumeAt, List.of("edition")).await().indefinitely();
        assertThat(resumed).extracting(e -> e.payload().path("thing").asText()).containsExactly("opened");
    }

    @Test
    void refuses_a_malformed_last_event_id() {
        assertThatThrownBy(() -> FeedPosition.parse("yesterday")).isInstanceOf(InvalidInputException.class);
        assertThat(FeedPosition.parse(null)).isEqualTo(FeedPosition.START);
    }

    private void append(String type, String stream, String thing) {
        store.append(new AppendRequest(stream + "-" + UUID.randomUUID(), type, ExpectedVersion.noStream(),
                List.of(new ThingHappened(thing, 1))), EventMetadata.system("test")).await().indefinitely();
    }
}
