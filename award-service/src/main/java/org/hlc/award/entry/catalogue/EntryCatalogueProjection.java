package org.hlc.award.entry.catalogue;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** The entries catalogue (public list, filters, organizer review queue), built from this service's own topic. */
@ApplicationScoped
public class EntryCatalogueProjection extends TableProjection {

    public EntryCatalogueProjection() {
        super("entry-catalogue", List.of(Topics.AWARD), "award_entry");
        skipFlushWait();
        on("EntrySubmitted", this::submitted);
        on("EntryEdited", this::edited);
        on("EntryAccepted", (tx, e) -> status(tx, e, "ACCEPTED"));
        on("EntryRejected", (tx, e) -> status(tx, e, "REJECTED"));
        on("EntryWithdrawn", (tx, e) -> status(tx, e, "WITHDRAWN"));
    }

    private Uni<Void> submitted(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into award_entry (entry_id, edition_id, applicant_subject, title, summary, country, category,
                                         team_members, links, status, submitted_at, version)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'SUBMITTED', $10, $11) on conflict (entry_id) do nothing""",
                event.uuid("entryId"), event.uuid("editionId"), event.text("applicantSubject"), event.text("title"),
                event.text("summary"), event.text("country"), event.text("category"), teamMembers(event),
                event.texts("links"), Instant.parse(event.text("submittedAt")).atOffset(ZoneOffset.UTC),
                event.streamVersion());
    }

    private Uni<Void> edited(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update award_entry set title = $2, summary = $3, country = $4, category = $5, team_members = $6,
                                       links = $7, version = $8
                 where entry_id = $1 and version < $8""",
                event.uuid("entryId"), event.text("title"), event.text("summary"), event.text("country"),
                event.text("category"), teamMembers(event), event.texts("links"), event.streamVersion());
    }

    private Uni<Void> status(SqlConnection tx, ConsumedEvent event, String status) {
        return execute(tx, "update award_entry set status = $2, version = $3 where entry_id = $1 and version < $3",
                event.uuid("entryId"), status, event.streamVersion());
    }

    private static JsonArray teamMembers(ConsumedEvent event) {
        var node = event.payload().get("teamMembers");
        return node == null || !node.isArray() ? new JsonArray() : new JsonArray(node.toString());
    }
}
