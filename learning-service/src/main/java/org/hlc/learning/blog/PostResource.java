package org.hlc.learning.blog;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;

@Path("/posts")
@Tag(name = "Blog", description = "Participants' posts with reflections and reactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PostResource {
    static final String POST_EXAMPLE = """
            {"title": "What ten households taught us", "markdown": "We priced *per litre*. Three said **too much**.",
             "tags": ["prototyping", "pricing"], "visibility": "public"}""";
    private static final String REFLECTION_EXAMPLE = """
            {"markdown": "We saw the same in Bogotá: a monthly fee worked better."}""";
    private static final String REACTION_EXAMPLE = """
            {"reaction": "insightful"}""";
    static final String TOO_LONG = """
            {"type": "https://hlc.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "markdown: size must be between 0 and 20000",
             "invalid-params": [{"name": "markdown", "reason": "size must be between 0 and 20000"}]}""";

    private final PostService posts;
    private final RequestContext caller;

    public PostResource(PostService posts, RequestContext caller) {
        this.posts = posts;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A post with its HTML rendering, reflections and reactions; drafts only for their author")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "404", description = "Unknown post, or someone else's draft")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID postId = Ids.uuid("id", id);
        return posts.read(postId, caller).map(folded -> Response.ok(PostView.of(folded.state(), folded.version()))
                .tag(Versions.etag(folded.version())).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Revise a post, e.g. publish a draft (author); requires If-Match")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "publish", value = POST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Revised")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PostRequest request) {
        UUID postId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return posts.revise(postId, request, expected, caller).map(result -> written(result, 200));
    }

    @POST
    @Path("/{id}/reflections")
    @Operation(summary = "Add a reflection (comment) to a community or public post (people on the roster)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reflection", value = REFLECTION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; the body is the whole post")
    @APIResponse(responseCode = "400", description = "Empty or oversized Markdown")
    @APIResponse(responseCode = "403", description = "Not on the roster")
    @APIResponse(responseCode = "422", description = "The post is a draft")
    public Uni<Response> reflect(@PathParam("id") String id, @Valid @NotNull ReflectionRequest request) {
        UUID postId = Ids.uuid("id", id);
        return posts.reflect(postId, request, caller).map(result -> written(result, 201));
    }

    @POST
    @Path("/{id}/reactions")
    @Operation(summary = "React to a post (like, insightful, support); reacting twice the same way changes nothing")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "insightful", value = REACTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The post with its reaction counts")
    @APIResponse(responseCode = "403", description = "Not on the roster")
    public Uni<Response> react(@PathParam("id") String id, @Valid @NotNull ReactionRequest request) {
        UUID postId = Ids.uuid("id", id);
        return posts.react(postId, request, caller).map(result -> written(result, 200));
    }

    static Response written(CommandResult<PostEvent, Post> result, int status) {
        return Response.status(status).location(URI.create("/posts/" + result.state().postId()))
                .tag(Versions.etag(result.version())).entity(PostView.of(result.state(), result.version())).build();
    }
}
