package org.hlc.learning.blog.feed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** Every post's current title, body, tags and visibility, from this service's own topic: feeds and lists. */
@ApplicationScoped
public class PublicPostsProjection extends TableProjection {

    public PublicPostsProjection() {
        super("blog-posts", List.of(Topics.LEARNING), "blog_post");
        on("PostWritten", this::written);
        on("PostRevised", this::revised);
    }

    private Uni<Void> written(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into blog_post (post_id, programme_id, author_person_id, title, markdown, tags, visibility,
                                       written_at, updated_at, version)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) on conflict (post_id) do nothing""",
                event.uuid("postId"), event.uuid("programmeId"), event.uuid("authorPersonId"), event.text("title"),
                event.text("markdown"), event.texts("tags"), event.text("visibility"), at(event.text("writtenAt")),
                event.streamVersion());
    }

    private Uni<Void> revised(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update blog_post set title = $2, markdown = $3, tags = $4, visibility = $5, updated_at = $6,
                                     version = $7
                 where post_id = $1 and version < $7""",
                event.uuid("postId"), event.text("title"), event.text("markdown"), event.texts("tags"),
                event.text("visibility"), at(event.text("revisedAt")), event.streamVersion());
    }

    private static OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}
