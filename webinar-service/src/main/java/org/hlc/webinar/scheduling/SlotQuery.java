package org.hlc.webinar.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What to plan: candidates start every {@code granularity} from the first day's midnight to the end of the last day,
 * days counted in {@code rangeZone}.
 */
public record SlotQuery(Attendee host, List<Attendee> audience, Duration duration, LocalDate firstDay,
        LocalDate lastDay, ZoneId rangeZone, Duration granularity) {

    /** The host first, then the audience without the host repeated. */
    public List<Attendee> everyone() {
        List<Attendee> all = new java.util.ArrayList<>();
        all.add(host);
        for (Attendee member : audience) {
            if (!member.personId().equals(host.personId())) {
                all.add(member);
            }
        }
        return all;
    }
}
