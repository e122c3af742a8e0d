package org.hlc.participants.person.directory;

/** Directory search criteria; null means "any". Each matches only values the caller may see. */
public record DirectoryFilter(String country, String region, String role, String tag, String timeZone, String text) {
    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null);
}
