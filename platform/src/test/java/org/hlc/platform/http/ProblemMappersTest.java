package org.hlc.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void a_transaction_rolled_back_to_break_a_deadlock_asks_the_client_to_send_it_again() {
        Response response = mappers.database(new PgException("deadlock detected", "ERROR", "40P01", null), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).type).endsWith("transient-conflict");
    }

    @Test
    void other_database_errors_remain_internal_errors() {
        Response response = mappers.database(new PgException("disk full", "ERROR", "53100", null), null);

        assertThat(response.getStatus()).isEqualTo(500);
    }

    @Test
    void a_json_array_sent_for_an_object_is_a_400_that_does_not_name_java_classes() {
        var wrongShape = catchThrowableOfType(MismatchedInputException.class,
                () -> new ObjectMapper().readValue("[]", Named.class));

        Response response = mappers.mismatchedInput(wrongShape, null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).extensions().get("invalid-params"))
                .isEqualTo(List.of(new InvalidParam("body", "must be a JSON object")));
    }

    record Named(String name) {
    }
}
