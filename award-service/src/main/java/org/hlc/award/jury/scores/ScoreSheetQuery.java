package org.hlc.award.jury.scores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.award.jury.JuryEvent.JuryScoresSubmitted;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.RecordedEvent;

/**
 * The score sheets of an edition, read straight from the sheet streams in the event log (indexed by stream type):
 * a jury writes a few hundred sheets per edition, and the ranking and the finalist rule need them without projection
 * lag. The latest event of each sheet stream wins.
 */
@ApplicationScoped
public class ScoreSheetQuery {
    public static final String STREAM_TYPE = "jury-score";
    private static final String SHEETS = """
            select global_position, stream_id, stream_type, version, event_type, schema_version, payload::text as payload,
                   event_id, correlation_id, causation_id, actor, occurred_at
              from hlc_events where stream_type = $1 and stream_id like $2 order by global_position""";

    private final Pool pool;
    private final EventStore store;

    public ScoreSheetQuery(Pool pool, EventStore store) {
        this.pool = pool;
        this.store = store;
    }

    public static String streamId(UUID editionId, String jurorSubject, UUID entryId) {
        return "jury-score-" + editionId + "-" + jurorSubject + "-" + entryId;
    }

    /** Every sheet of the edition, ordered by entry id then juror subject. */
    public Uni<List<ScoreSheet>> sheets(UUID editionId) {
        return pool.preparedQuery(SHEETS).execute(Tuple.of(STREAM_TYPE, "jury-score-" + editionId + "-%"))
                .map(rows -> {
                    Map<String, ScoreSheet> latest = new LinkedHashMap<>();
                    for (Row row : rows) {
                        RecordedEvent event = store.toRecorded(row);
                        if (event.event() instanceof JuryScoresSubmitted s && s.editionId().equals(editionId)) {
                            latest.put(event.streamId(), new ScoreSheet(s.editionId(), s.entryId(), s.jurorSubject(),
                                    s.scores(), s.comment(), s.submittedAt(), event.version()));
                        }
                    }
                    List<ScoreSheet> sheets = new ArrayList<>(latest.values());
                    sheets.sort(Comparator.comparing((ScoreSheet s) -> s.entryId().toString())
                            .thenComparing(ScoreSheet::jurorSubject));
                    return sheets;
                });
    }
}
