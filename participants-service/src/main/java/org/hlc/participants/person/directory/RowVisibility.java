package org.hlc.participants.person.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.Visibility;

/** The visibility column of one read-model row, against the audience of one caller. */
public final class RowVisibility {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode choices;
    private final Visibility audience;

    public RowVisibility(String visibilityJson, Visibility audience) {
        this.choices = parse(visibilityJson);
        this.audience = audience;
    }

    public boolean readable(ProfileField field) {
        JsonNode chosen = choices.get(field.name());
        Visibility visibility = chosen == null || chosen.isNull() ? field.defaultVisibility()
                : Visibility.valueOf(chosen.asText());
        return visibility.readableBy(audience);
    }

    public <T> T show(ProfileField field, T value) {
        return readable(field) ? value : null;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? MAPPER.createObjectNode() : MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("visibility column is not JSON", e);
        }
    }
}
