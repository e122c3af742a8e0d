package org.hlc.platform.privacy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Destroys a data subject's key in this service: its personal fields in the event log become unreadable. */
@ApplicationScoped
public class Erasure {
    private final Pool pool;

    public Erasure(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> shred(String dataSubject) {
        return SubjectKeys.erase(pool, dataSubject);
    }
}
