package org.hlc.webinar.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes an iCalendar object (RFC 5545) by hand: CRLF line ends, content lines folded at 75 octets (never inside a
 * UTF-8 sequence), TEXT values escaped, every DATE-TIME in UTC ("Z" form, so no VTIMEZONE is needed and DST cannot
 * be got wrong by a client). Pure.
 */
public final class ICalendar {
    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * One VEVENT. {@code end} null: a point in time (a deadline; RFC 5545 3.6.1: it ends when it starts).
     * {@code status} CONFIRMED or CANCELLED; {@code url} and {@code location} optional.
     */
    public record Event(String uid, Instant stamp, Instant start, Instant end, int sequence, String status,
            String summary, String description, String location, String url, boolean transparent) {
    }

    private ICalendar() {
    }

    public static String render(String calendarName, String timeZoneHint, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//hlc//webinar-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        if (timeZoneHint != null) {
            line(out, "X-WR-TIMEZONE:" + text(timeZoneHint));
        }
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + utc(event.stamp()));
            line(out, "DTSTART:" + utc(event.start()));
            if (event.end() != null) {
                line(out, "DTEND:" + utc(event.end()));
            }
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "STATUS:" + event.status());
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "LAST-MODIFIED:" + utc(event.stamp()));
            line(out, "TRANSP:" + (event.transparent() ? "TRANSPARENT" : "OPAQUE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A DATE-TIME in UTC form, seconds precision. */
    static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** TEXT escaping (RFC 5545 3.3.11); other control characters are not allowed in TEXT and are dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append("\\n");
                }
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line folded so no physical line exceeds 75 octets; continuation lines start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
