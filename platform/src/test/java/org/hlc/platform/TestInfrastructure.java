package org.hlc.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.mutiny.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hlc.platform.events.EventTypeRegistry;

/**
 * Real PostgreSQL (127.0.0.1:5432, database hlc_platform_test, migrated by Flyway like a service) and real Kafka
 * (127.0.0.1:9092) for the platform's own tests; both are started by the test command, never mocked.
 */
public final class TestInfrastructure {
    public static final String KAFKA = System.getProperty("hlc.test.kafka", "127.0.0.1:9092");
    private static final String DATABASE = System.getProperty("hlc.test.database", "hlc_platform_test");
    private static final String JDBC_ROOT = "jdbc:postgresql://127.0.0.1:5432/";
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static Vertx vertx;
    private static Pool pool;

    private TestInfrastructure() {
    }

    public static synchronized Pool pool() {
        if (pool == null) {
            createAndMigrate();
            vertx = Vertx.vertx();
            io.vertx.sqlclient.Pool core = PgBuilder.pool().with(new PoolOptions().setMaxSize(16))
                    .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(5432).setDatabase(DATABASE)
                            .setUser("postgres").setPassword(""))
                    .using(vertx.getDelegate()).build();
            pool = Pool.newInstance(core);
        }
        return pool;
    }

    public static EventTypeRegistry registry(List<Class<?>> eventClasses) {
        return new EventTypeRegistry("hlc.test", MAPPER, eventClasses, List.of());
    }

    /** Empties the platform tables between tests. */
    public static void truncateAll() {
        pool().query("truncate hlc_events, hlc_outbox_checkpoint, hlc_projection_offsets, hlc_projection_applied, "
                + "hlc_projection_positions, hlc_idempotency_keys, hlc_subject_keys, test_tally").execute().await().indefinitely();
    }

    private static void createAndMigrate() {
        try (Connection root = DriverManager.getConnection(JDBC_ROOT + "postgres", "postgres", "");
                Statement statement = root.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 (the test command starts it)", e);
        }
        Flyway.configure().dataSource(JDBC_ROOT + DATABASE, "postgres", "")
                .locations("classpath:db/migration", "classpath:db/testmigration").cleanDisabled(false).outOfOrder(true).load()
                .migrate();
    }
}
