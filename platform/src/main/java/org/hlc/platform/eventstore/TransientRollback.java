package org.hlc.platform.eventstore;

import io.vertx.pgclient.PgException;

/**
 * PostgreSQL rolled a transaction back to break a deadlock (40P01) or a serialization failure (40001): nothing of it
 * was written, and the same work succeeds when tried again. The group committer retries such a group caller by
 * caller; what is left for a lone writer becomes a 503 asking the client to send the request again.
 */
public final class TransientRollback {
    private TransientRollback() {
    }

    public static boolean is(Throwable failure) {
        return failure instanceof PgException pg
                && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState()));
    }
}
