package org.hlc.platform.events;

/** The topic each service owns (ARCHITECTURE.md): consumers name the producer's topic through these. */
public final class Topics {
    public static final String PARTICIPANTS = "hlc.participants.events";
    public static final String LEARNING = "hlc.learning.events";
    public static final String WEBINAR = "hlc.webinar.events";
    public static final String AWARD = "hlc.award.events";

    private Topics() {
    }
}
