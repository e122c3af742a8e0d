package org.hlc.learning.support;

/** Input limits shared by the learning features. */
public final class Limits {
    /** Longest Markdown body or submission text accepted, in characters. */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_LINKS = 20;

    private Limits() {
    }
}
