package org.hlc.platform.outbox;

/** Kafka header names: CloudEvents 1.0 binary mode plus hlc's own, as fixed in ARCHITECTURE.md. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SCHEMA_VERSION = "hlc_schema_version";
    public static final String STREAM_VERSION = "hlc_stream_version";
    public static final String CORRELATION_ID = "hlc_correlation_id";
    public static final String CAUSATION_ID = "hlc_causation_id";
    public static final String ACTOR = "hlc_actor";
    /** {@link LogPosition} of the event in its service's log: how consumers recognise a relay retry's duplicates. */
    public static final String LOG_POSITION = "hlc_log_position";

    private CloudEventHeaders() {
    }
}
