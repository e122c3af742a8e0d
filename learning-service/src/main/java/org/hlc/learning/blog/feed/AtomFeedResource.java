package org.hlc.learning.blog.feed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.platform.http.Ids;

@Path("/programmes/{programmeId}/feed.atom")
@Tag(name = "Blog")
public class AtomFeedResource {
    static final String ATOM = "application/atom+xml";
    private static final int ENTRIES = 50;
    private static final String FEED_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">\
            <id>urn:uuid:9d3e2f1a-7b6c-4d5e-8f9a-0b1c2d3e4f5a</id><title>HLC 2015 — blog</title>\
            <updated>2015-03-05T11:00:00Z</updated><link rel="self" type="application/atom+xml" \
            href="https://learning.example.org/programmes/9d3e2f1a-7b6c-4d5e-8f9a-0b1c2d3e4f5a/feed.atom"/>\
            <author><name>hlc participants</name></author><entry>\
            <id>urn:uuid:6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c</id><title>What ten households taught us</title>\
            <published>2015-03-05T10:00:00Z</published><updated>2015-03-05T11:00:00Z</updated>\
            <author><name>Amina Njoroge</name></author><category term="pricing"/>\
            <content type="html">&lt;p&gt;We priced &lt;em&gt;per litre&lt;/em&gt;.&lt;/p&gt;</content></entry></feed>""";

    private final Pool pool;
    private final ProgrammeService programmes;

    public AtomFeedResource(Pool pool, ProgrammeService programmes) {
        this.pool = pool;
        this.programmes = programmes;
    }

    @GET
    @PermitAll
    @Produces(ATOM)
    @Operation(summary = "Public Atom feed (RFC 4287) of the programme's public posts, newest first; no token needed")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM,
            examples = @ExampleObject(name = "one post", value = FEED_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Uni<Response> feed(@PathParam("programmeId") String programmeId, @Context UriInfo uri) {
        UUID id = Ids.uuid("programmeId", programmeId);
        return programmes.get(id).flatMap(programme -> entries(id).map(entries -> Response.ok(AtomFeed.render(id,
                programme.state().title() + " — blog", uri.getRequestUri().toString(), entries, Instant.now()), ATOM)
                .build()));
    }

    private Uni<List<AtomFeed.Entry>> entries(UUID programmeId) {
        return pool.preparedQuery("""
                select p.post_id, p.title, p.markdown, p.tags, p.written_at, p.updated_at,
                       coalesce(r.display_name, 'hlc participant') as author
                  from blog_post p left join roster_member r on r.person_id = p.author_person_id
                 where p.programme_id = $1 and p.visibility = 'public'
                 order by p.updated_at desc limit $2""").execute(Tuple.of(programmeId, ENTRIES)).map(rows -> {
                    List<AtomFeed.Entry> entries = new ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new AtomFeed.Entry(row.getUUID("post_id"), row.getString("title"),
                                row.getString("markdown"), Arrays.asList(row.getArrayOfStrings("tags")),
                                row.getString("author"), row.getOffsetDateTime("written_at").toInstant(),
                                row.getOffsetDateTime("updated_at").toInstant()));
                    }
                    return entries;
                });
    }
}
