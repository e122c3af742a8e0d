package org.hlc.award.semifinal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Accepted entries of an edition ranked by valid votes, from the catalogue and leaderboard read models. */
@ApplicationScoped
public class CandidateQuery {
    private static final String RANKED = """
            select e.entry_id, e.title, e.country, e.category, coalesce(t.valid_votes, 0) as valid_votes
              from award_entry e
              left join leaderboard_tally t on t.edition_id = e.edition_id and t.entry_id = e.entry_id
             where e.edition_id = $1 and e.status = 'ACCEPTED'
             order by valid_votes desc, e.submitted_at, e.entry_id""";

    private final Pool pool;

    public CandidateQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Candidate>> ranked(UUID editionId) {
        return pool.preparedQuery(RANKED).execute(Tuple.of(editionId)).map(rows -> {
            List<Candidate> candidates = new ArrayList<>();
            int rank = 0;
            for (Row row : rows) {
                candidates.add(new Candidate(++rank, row.getUUID("entry_id"), row.getString("title"),
                        row.getString("country"), row.getString("category"), row.getLong("valid_votes")));
            }
            return candidates;
        });
    }
}
