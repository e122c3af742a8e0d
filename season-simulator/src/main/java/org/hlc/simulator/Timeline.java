package org.hlc.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2014 season's calendar, compressed: the simulator runs the phases one after the other now, moving the edition's
 * timeline forward with recorded timeline changes (who, why) instead of skipping commands. The real dates are kept to
 * print next to what happened.
 */
public final class Timeline {
    public static final List<String> PHASES = List.of("CALL_FOR_ENTRIES", "PUBLIC_VOTING", "SEMI_FINAL_SELECTION",
            "LEARNING_PROGRAMME", "REVISED_PROPOSAL_DEADLINE", "JURY_REVIEW", "FINALIST_ANNOUNCEMENT",
            "PITCH_EVENT", "WINNERS_ANNOUNCEMENT");

    /** When each phase opened in the real 2014 season (the article: entries in November ... winners 5 February). */
    public static final Map<String, LocalDate> REAL_2014 = Map.of(
            "CALL_FOR_ENTRIES", LocalDate.of(2014, 11, 1), "PUBLIC_VOTING", LocalDate.of(2014, 11, 17),
            "SEMI_FINAL_SELECTION", LocalDate.of(2014, 11, 28), "LEARNING_PROGRAMME", LocalDate.of(2014, 12, 1),
            "REVISED_PROPOSAL_DEADLINE", LocalDate.of(2014, 12, 17), "JURY_REVIEW", LocalDate.of(2015, 1, 5),
            "FINALIST_ANNOUNCEMENT", LocalDate.of(2015, 1, 15), "PITCH_EVENT", LocalDate.of(2015, 2, 4),
            "WINNERS_ANNOUNCEMENT", LocalDate.of(2015, 2, 5));

    private final Instant start = Instant.now().minus(Duration.ofMinutes(1));
    private final Map<String, Instant[]> windows = new LinkedHashMap<>();

    /** The timeline with {@code current} open now, earlier phases closed, later ones in the future. */
    public List<Map<String, String>> opening(String current) {
        Instant now = Instant.now();
        int index = PHASES.indexOf(current);
        List<Map<String, String>> phases = new ArrayList<>();
        for (int i = 0; i < PHASES.size(); i++) {
            String phase = PHASES.get(i);
            Instant[] window;
            if (i < index) {
                Instant[] before = windows.get(phase);
                Instant opened = before == null ? start.plusMillis(i) : before[0];
                window = new Instant[] { opened, now.isAfter(opened) ? now : opened.plusMillis(1) };
            } else if (i == index) {
                Instant[] before = windows.get(phase);
                window = new Instant[] { before != null && before[0].isBefore(now) ? before[0] : now.minusSeconds(1),
                        now.plus(Duration.ofDays(1)) };
            } else {
                Instant opens = now.plus(Duration.ofDays(i - index + 1));
                window = new Instant[] { opens, opens.plus(Duration.ofDays(1)) };
            }
            windows.put(phase, window);
            phases.add(Map.of("phase", phase, "opensAt", window[0].toString(), "closesAt", window[1].toString()));
        }
        return phases;
    }

    public static String real(String phase) {
        return REAL_2014.get(phase).atStartOfDay().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
