package org.hlc.platform.projection;

import java.util.List;

/**
 * Counts applications per stream and remembers their order: a double application shows up as a wrong count, a
 * reordering as versions out of order. Pipelined, so the tests also prove that pipelining keeps the order.
 */
class TallyProjection extends TableProjection {

    TallyProjection(String topic) {
        super("tally", List.of(topic), "test_tally");
        pipelineStatements();
        on("ThingHappened", (tx, event) -> execute(tx, """
                insert into test_tally (stream_id, applied, versions) values ($1, 1, array[$2::int])
                on conflict (stream_id) do update set applied = test_tally.applied + 1,
                                                      versions = test_tally.versions || $2::int""",
                event.streamId(), (int) event.streamVersion()));
    }
}
