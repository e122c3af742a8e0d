package org.hlc.learning.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.learning.support.Limits;

@Schema(description = "A blog post: draft (author only), community (signed-in people) or public (also the Atom feed)")
public record PostRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = Limits.MAX_TEXT) @Schema(description = "Markdown; raw HTML is shown as text")
        String markdown,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}",
                message = "must be lower-case letters, digits and dashes, at most 40") String> tags,
        @NotNull @Pattern(regexp = "draft|community|public", message = "must be draft, community or public")
        String visibility) {
}
