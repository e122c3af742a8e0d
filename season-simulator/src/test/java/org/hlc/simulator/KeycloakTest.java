package org.hlc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakTest {
    @Test
    void prehashedPasswordIsKeycloaksStoredFormOfThePassword() throws Exception {
        Map<String, Object> credential = Keycloak.prehashedPassword("s1-voter-7");

        assertThat(credential).containsEntry("type", "password").doesNotContainKey("value");
        JsonNode data = Http.JSON.readTree((String) credential.get("credentialData"));
        assertThat(data.path("algorithm").asText()).isEqualTo("pbkdf2-sha256");
        JsonNode secret = Http.JSON.readTree((String) credential.get("secretData"));
        byte[] salt = Base64.getDecoder().decode(secret.path("salt").asText());
        byte[] hash = Base64.getDecoder().decode(secret.path("value").asText());
        assertThat(hash).hasSize(32).isEqualTo(Keycloak.pbkdf2("s1-voter-7-pw", salt));
        assertThat(Keycloak.pbkdf2("s1-voter-7-wrong", salt)).isNotEqualTo(hash);
    }

    @Test
    void everyUserGetsItsOwnSalt() throws Exception {
        String first = Http.JSON.readTree((String) Keycloak.prehashedPassword("a").get("secretData")).path("salt")
                .asText();
        String second = Http.JSON.readTree((String) Keycloak.prehashedPassword("a").get("secretData")).path("salt")
                .asText();
        assertThat(first).isNotEqualTo(second);
    }
}
