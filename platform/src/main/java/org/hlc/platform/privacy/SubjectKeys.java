package org.hlc.platform.privacy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hlc.platform.http.DomainRuleException;

/** The per-subject keys of crypto-shredding, kept in the service's own database next to its event log. */
public final class SubjectKeys {
    private SubjectKeys() {
    }

    /** Keys to encrypt new personal data with, created on first use; an erased subject gets no new personal data. */
    public static Uni<Map<String, byte[]>> forWriting(SqlClient client, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // in one order for every writer: two transactions inserting the same new subjects cannot deadlock
        String[] ids = subjects.stream().sorted().toArray(String[]::new);
        List<io.vertx.core.buffer.Buffer> secrets = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            secrets.add(io.vertx.core.buffer.Buffer.buffer(FieldCipher.newKey()));
        }
        return client.preparedQuery("""
                insert into hlc_subject_keys (data_subject, secret) select s, k from unnest($1::text[], $2::bytea[])
                    as x(s, k) on conflict (data_subject) do nothing""")
                .execute(Tuple.of(ids, secrets.toArray(io.vertx.core.buffer.Buffer[]::new)))
                .flatMap(ignored -> read(client, ids)).map(keys -> {
                    Map<String, byte[]> usable = new HashMap<>();
                    for (String subject : ids) {
                        byte[] key = keys.getOrDefault(subject, Optional.empty()).orElseThrow(() ->
                                new DomainRuleException("data-subject-erased",
                                        "the personal data of this person was erased; nothing new is recorded"));
                        usable.put(subject, key);
                    }
                    return usable;
                });
    }

    /** Keys to read with; an erased (or unknown) subject maps to empty, and its personal fields read as null. */
    public static Uni<Map<String, Optional<byte[]>>> forReading(SqlClient client, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return read(client, subjects.toArray(String[]::new));
    }

    /** Destroys the subject's key (idempotent); returns true when a key existed until now. */
    public static Uni<Boolean> erase(SqlClient client, String subject) {
        return client.preparedQuery("""
                insert into hlc_subject_keys (data_subject, secret, erased_at) values ($1, null, now())
                on conflict (data_subject) do update set secret = null,
                    erased_at = coalesce(hlc_subject_keys.erased_at, now())
                returning (xmax <> 0) as existed""").execute(Tuple.of(subject))
                .map(rows -> rows.iterator().next().getBoolean("existed"));
    }

    private static Uni<Map<String, Optional<byte[]>>> read(SqlClient client, String[] ids) {
        return client.preparedQuery("select data_subject, secret from hlc_subject_keys where data_subject = any($1)")
                .execute(Tuple.of((Object) ids)).map(rows -> {
                    Map<String, Optional<byte[]>> keys = new HashMap<>();
                    for (Row row : rows) {
                        io.vertx.mutiny.core.buffer.Buffer secret = row.getBuffer("secret");
                        keys.put(row.getString("data_subject"),
                                secret == null ? Optional.empty() : Optional.of(secret.getBytes()));
                    }
                    return keys;
                });
    }
}
