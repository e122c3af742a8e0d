package org.hlc.webinar.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * When a person can attend, as local windows per weekday in their own zone. A profile without availability means
 * 08:00-20:00 every day; a given availability that leaves out a weekday means not available that day.
 */
public final class WeeklyAvailability {
    public static final WeeklyAvailability DEFAULT = everyDay(DailyWindow.of("08:00", "20:00"));

    private final Map<DayOfWeek, List<DailyWindow>> windows;

    public WeeklyAvailability(Map<DayOfWeek, List<DailyWindow>> windows) {
        EnumMap<DayOfWeek, List<DailyWindow>> copy = new EnumMap<>(DayOfWeek.class);
        windows.forEach((day, list) -> copy.put(day, List.copyOf(list)));
        this.windows = copy;
    }

    public static WeeklyAvailability everyDay(DailyWindow window) {
        Map<DayOfWeek, List<DailyWindow>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, List.of(window));
        }
        return new WeeklyAvailability(all);
    }

    /**
     * True when the whole session, from local start to local end in the person's zone, lies inside one window of
     * the start's local day. Both ends are converted separately, so a DST switch is accounted for by the zone rules.
     */
    public boolean covers(ZonedDateTime localStart, ZonedDateTime localEnd) {
        LocalDate day = localStart.toLocalDate();
        int start = localStart.getHour() * 60 + localStart.getMinute();
        int end;
        if (localEnd.toLocalDate().equals(day)) {
            end = localEnd.getHour() * 60 + localEnd.getMinute();
        } else if (localEnd.toLocalDate().equals(day.plusDays(1)) && localEnd.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            end = 1440;
        } else {
            return false;
        }
        for (DailyWindow window : windows.getOrDefault(day.getDayOfWeek(), List.of())) {
            if (window.contains(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Reads {"MONDAY":[{"from":"08:00","to":"20:00"}],...}; throws IllegalArgumentException naming the problem. */
    public static WeeklyAvailability fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("availability must be an object keyed by weekday");
        }
        Map<DayOfWeek, List<DailyWindow>> parsed = new EnumMap<>(DayOfWeek.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(field.getKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field.getKey() + " is not a weekday such as MONDAY");
            }
            if (!field.getValue().isArray()) {
                throw new IllegalArgumentException(field.getKey() + " must be a list of windows");
            }
            List<DailyWindow> list = new ArrayList<>();
            for (JsonNode window : field.getValue()) {
                list.add(DailyWindow.of(window.path("from").asText(null), window.path("to").asText(null)));
            }
            parsed.put(day, list);
        }
        return new WeeklyAvailability(parsed);
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        windows.forEach((day, list) -> {
            var array = json.putArray(day.name());
            for (DailyWindow window : list) {
                array.addObject().put("from", window.from()).put("to", window.to());
            }
        });
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyAvailability that && windows.equals(that.windows);
    }

    @Override
    public int hashCode() {
        return windows.hashCode();
    }
}
