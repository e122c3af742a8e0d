package org.hlc.webinar.scheduling;

import java.time.LocalTime;

/** A local wall-clock window within one day, in minutes of the day; {@code toMinute} may be 1440 ("24:00"). */
public record DailyWindow(int fromMinute, int toMinute) {

    public DailyWindow {
        if (fromMinute < 0 || toMinute > 1440 || fromMinute >= toMinute) {
            throw new IllegalArgumentException("a window runs forward within one day, e.g. 08:00-20:00");
        }
    }

    /** Parses "HH:mm" bounds; "24:00" is accepted as the end of the day. */
    public static DailyWindow of(String from, String to) {
        return new DailyWindow(minuteOf(from), "24:00".equals(to) ? 1440 : minuteOf(to));
    }

    public boolean contains(int startMinute, int endMinute) {
        return fromMinute <= startMinute && endMinute <= toMinute;
    }

    public String from() {
        return format(fromMinute);
    }

    public String to() {
        return format(toMinute);
    }

    private static int minuteOf(String time) {
        if (time == null || !time.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("times are HH:mm, e.g. 08:00");
        }
        LocalTime parsed = LocalTime.parse(time);
        return parsed.getHour() * 60 + parsed.getMinute();
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
