package org.hlc.platform.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hlc.platform.http.InvalidInputException;

/**
 * Where a reader of the event log is: (transaction id, global position), the order in which events become visible.
 * Rendered as the SSE event id {@code <tx>-<position>}, so a client resumes with Last-Event-ID.
 */
public record FeedPosition(long transactionId, long position) {
    public static final FeedPosition START = new FeedPosition(0, 0);
    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,18})-(\\d{1,18})$");

    /** Parses a Last-Event-ID header; absent → start; malformed → 400 naming the header. */
    public static FeedPosition parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return START;
        }
        Matcher matcher = FORMAT.matcher(lastEventId.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException("Last-Event-ID", "must be an event id sent by this stream, e.g. 812-40");
        }
        return new FeedPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    public String id() {
        return transactionId + "-" + position;
    }
}
