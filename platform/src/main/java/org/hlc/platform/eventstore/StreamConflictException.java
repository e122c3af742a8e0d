package org.hlc.platform.eventstore;

/** Another writer got there first: the stream is not at the version the command was decided on. */
public class StreamConflictException extends RuntimeException {
    private final String streamId;
    private final ExpectedVersion expected;
    private final long actual;

    public StreamConflictException(String streamId, ExpectedVersion expected, long actual) {
        super("stream " + streamId + " expected " + describe(expected) + " but is at version " + actual);
        this.streamId = streamId;
        this.expected = expected;
        this.actual = actual;
    }

    private static String describe(ExpectedVersion expected) {
        if (expected instanceof ExpectedVersion.Exactly exactly) {
            return "version " + exactly.version();
        }
        return expected instanceof ExpectedVersion.NoStream ? "no stream" : "any version";
    }

    public String streamId() {
        return streamId;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    /** The version found, or -1 when unknown (lost a race at insert time). */
    public long actual() {
        return actual;
    }
}
