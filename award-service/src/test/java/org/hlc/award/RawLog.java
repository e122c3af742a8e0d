package org.hlc.award;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

/**
 * Writes events straight into the award event log, as the service stores them, for histories no API call produces
 * (votes cast at chosen instants, a burst committed in one transaction). The read models of the service's own events
 * follow this log, so they see these events as they would see the service's own.
 */
public final class RawLog {
    private RawLog() {
    }

    /** A first event (version 1) of each stream, all in one transaction, in the order given. */
    public static void appendFirstEvents(Pool pool, String type, List<String> streamIds, List<String> payloads) {
        pool.preparedQuery("""
                insert into hlc_events (stream_id, stream_type, version, event_type, schema_version, payload, event_id,
                                        occurred_at)
                select s, split_part(s, '-', 1), 1, $1, 1, p::jsonb, gen_random_uuid(), now()
                  from unnest($2::text[], $3::text[]) with ordinality as x(s, p, n) order by n""")
                .execute(Tuple.of(type, streamIds.toArray(String[]::new), payloads.toArray(String[]::new)))
                .await().indefinitely();
    }
}
