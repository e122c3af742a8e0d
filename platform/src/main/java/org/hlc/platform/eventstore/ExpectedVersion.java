package org.hlc.platform.eventstore;

/** What the writer believes about a stream before appending: the basis of optimistic concurrency. */
public sealed interface ExpectedVersion {

    /** The stream must not exist yet: uniqueness lives in the stream id. */
    record NoStream() implements ExpectedVersion {
    }

    /** The stream must be exactly at this version (from an ETag / If-Match or from the state just folded). */
    record Exactly(long version) implements ExpectedVersion {
        public Exactly {
            if (version < 1) {
                throw new IllegalArgumentException("an existing stream has version >= 1, got " + version);
            }
        }
    }

    /** Append after whatever is there (still safe: a concurrent writer of the same version gets a conflict). */
    record Any() implements ExpectedVersion {
    }

    static ExpectedVersion noStream() {
        return new NoStream();
    }

    static ExpectedVersion exactly(long version) {
        return version == 0 ? new NoStream() : new Exactly(version);
    }

    static ExpectedVersion any() {
        return new Any();
    }
}
