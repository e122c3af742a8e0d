package org.hlc.learning.blog;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.security.RequestContext;

@Path("/programmes/{programmeId}/posts")
@Tag(name = "Blog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgrammePostsResource {
    private final PostService posts;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public ProgrammePostsResource(PostService posts, IdempotencyService idempotency, RequestContext caller) {
        this.posts = posts;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Write a post (learners of the programme)",
            description = "visibility: draft (author only), community (signed-in people) or public (also in the "
                    + "programme's Atom feed). Markdown is stored as written and rendered to safe HTML on reads.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "public post",
            value = PostResource.POST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Written; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Empty or oversized Markdown, bad tag or visibility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too long",
                    value = PostResource.TOO_LONG)))
    @APIResponse(responseCode = "403", description = "Not a learner of this programme")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Uni<Response> write(@PathParam("programmeId") String programmeId, @Valid @NotNull PostRequest request,
            @Parameter(description = "Repeat-safe retries: the same key writes no second post")
            @HeaderParam(IdempotencyService.HEADER) String key) {
        UUID id = Ids.uuid("programmeId", programmeId);
        return idempotency.execute(key, caller.subject() + " POST /programmes/" + id + "/posts", request,
                () -> posts.write(id, request, caller).map(result -> PostResource.written(result, 201)));
    }
}
