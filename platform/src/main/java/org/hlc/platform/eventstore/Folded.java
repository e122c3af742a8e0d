package org.hlc.platform.eventstore;

/** State folded from a stream, with the version it reflects (the ETag and the expected version of the next append). */
public record Folded<S>(S state, long version) {
    public boolean exists() {
        return version > 0;
    }
}
