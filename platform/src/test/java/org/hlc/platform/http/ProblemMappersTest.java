package org.hlc.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.Response;
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
}
