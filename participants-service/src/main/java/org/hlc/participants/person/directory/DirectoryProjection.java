package org.hlc.participants.person.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** The people directory (list, search, matching), built from this service's own topic. */
@ApplicationScoped
public class DirectoryProjection extends TableProjection {

    public DirectoryProjection() {
        super("people-directory", List.of(Topics.PARTICIPANTS), "people_directory");
        on("PersonRegistered", this::registered);
        on("ProfileUpdated", this::profileUpdated);
        on("RoleGranted", this::roleGranted);
        on("RoleRevoked", this::roleRevoked);
        on("PersonErased", (tx, event) -> execute(tx, "delete from people_directory where person_id = $1",
                event.uuid("personId"))); // erasure: nothing personal stays in this read model
    }

    private Uni<Void> registered(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into people_directory (person_id, subject, display_name, email, country, time_zone, roles,
                                              registered_at, version)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (person_id) do nothing""",
                event.uuid("personId"), event.text("subject"), event.personal("displayName"), event.text("email"),
                event.text("country"), event.text("timeZone"), event.texts("roles"),
                Instant.parse(event.text("registeredAt")).atOffset(ZoneOffset.UTC), event.streamVersion());
    }

    /** Older ProfileUpdated payloads lack the profile details: they read as "not given". */
    private Uni<Void> profileUpdated(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update people_directory set display_name = $2, organisation = $3, country = $4, time_zone = $5,
                       version = $6, bio = $7, initiative_name = $8, initiative_summary = $9, region = $10,
                       languages = $11, availability = $12::text::jsonb, intro_video = $13::text::jsonb,
                       wants_to_learn = $14, can_contribute = $15, visibility = coalesce($16::text::jsonb, '{}')
                 where person_id = $1 and version < $6""",
                event.uuid("personId"), event.personal("displayName"), event.text("organisation"), event.text("country"),
                event.text("timeZone"), event.streamVersion(), event.text("bio"), event.text("initiativeName"),
                event.text("initiativeSummary"), event.text("region"), event.texts("languages"),
                json(event, "availability"), json(event, "introVideo"), event.texts("wantsToLearn"),
                event.texts("canContribute"), json(event, "visibility"));
    }

    private Uni<Void> roleGranted(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update people_directory set roles = array_append(array_remove(roles, $2), $2), version = $3
                 where person_id = $1 and version < $3""",
                event.uuid("personId"), event.text("role"), event.streamVersion());
    }

    private Uni<Void> roleRevoked(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update people_directory set roles = array_remove(roles, $2), version = $3
                 where person_id = $1 and version < $3""",
                event.uuid("personId"), event.text("role"), event.streamVersion());
    }

    private static String json(ConsumedEvent event, String field) {
        JsonNode node = event.payload().get(field);
        return node == null || node.isNull() ? null : node.toString();
    }
}
