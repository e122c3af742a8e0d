package org.hlc.webinar.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Worked examples: every expected instant below was derived by hand from the zones' offsets on that date. */
class SlotPlannerTest {
    private static final Duration HOUR = Duration.ofMinutes(60);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final Attendee amsterdamHost = person("Host Amsterdam", "Europe/Amsterdam");
    private final Attendee bogota = person("Bogota", "America/Bogota");
    private final Attendee lagos = person("Lagos", "Africa/Lagos");
    private final Attendee nairobi = person("Nairobi", "Africa/Nairobi");
    private final Attendee beirut = person("Beirut", "Asia/Beirut");
    private final Attendee kolkata = person("Kolkata", "Asia/Kolkata");
    private final Attendee jakarta = person("Jakarta", "Asia/Jakarta");

    @Test
    void six_zones_leave_at_least_one_person_outside_and_the_best_slots_leave_out_only_bogota_or_jakarta() {
        // Monday 7 Dec 2026, default windows 08:00-20:00: in UTC Bogota is 13:00-01:00 and Jakarta 01:00-13:00,
        // so no one-hour slot suits both. Bogota alone is out from 07:00Z (Lagos and the host start at 08:00 local)
        // to 12:00Z (Jakarta ends at 20:00); Jakarta alone is out at 13:00Z and 13:30Z (Kolkata ends at 20:00).
        SlotQuery query = query(amsterdamHost, List.of(bogota, lagos, nairobi, beirut, kolkata, jakarta),
                "2026-12-07", "2026-12-07", HALF_HOUR);

        List<SlotCandidate> ranked = SlotPlanner.suggest(query, 48);

        assertThat(ranked.subList(0, 13)).allMatch(c -> c.inside() == 6 && c.total() == 7 && c.hostInside());
        assertThat(ranked.get(13).inside()).isLessThan(6);
        SlotCandidate best = ranked.get(0);
        assertThat(best.start()).isEqualTo(Instant.parse("2026-12-07T07:00:00Z"));
        assertThat(best.outside()).containsExactly(bogota.personId());
        assertThat(local(best, kolkata)).isEqualTo(OffsetDateTime.parse("2026-12-07T12:30+05:30"));
        assertThat(local(best, bogota)).isEqualTo(OffsetDateTime.parse("2026-12-07T02:00-05:00"));
        assertThat(local(best, beirut)).isEqualTo(OffsetDateTime.parse("2026-12-07T09:00+02:00"));
        assertThat(ranked.subList(0, 13)).extracting(SlotCandidate::start).contains(
                Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-07T13:00:00Z"),
                Instant.parse("2026-12-07T13:30:00Z"));
        SlotCandidate jakartaOut = ranked.stream()
                .filter(c -> c.start().equals(Instant.parse("2026-12-07T13:00:00Z"))).findFirst().orElseThrow();
        assertThat(jakartaOut.outside()).containsExactly(jakarta.personId());
        assertThat(local(jakartaOut, jakarta)).isEqualTo(OffsetDateTime.parse("2026-12-07T20:00+07:00"));
    }

    @Test
    void a_ten_day_series_rotates_the_inconvenience_between_bogota_and_jakarta() {
        Attendee lagosHost = person("Host Lagos", "Africa/Lagos");
        SlotQuery query = query(lagosHost, List.of(bogota, jakarta, nairobi), "2026-12-07", "2026-12-16",
                HALF_HOUR);

        SeriesPlan plan = SlotPlanner.planSeries(query);

        assertThat(plan.sessions()).hasSize(10);
        assertThat(plan.maxOutside()).isEqualTo(5);
        assertThat(plan.fairness()).extracting(SeriesPlan.Fairness::sessionsOutside).containsExactly(0, 5, 5, 0);
        assertThat(plan.sessions()).allMatch(s -> s.inside() == 3 && s.hostInside());
        assertThat(plan.sessions()).extracting(s -> s.start().atZone(ZoneOffset.UTC).toLocalDate())
                .containsExactlyElementsOf(LocalDate.parse("2026-12-07").datesUntil(LocalDate.parse("2026-12-17"))
                        .toList());
        // without rotation the single best slot (07:00Z, Bogota out) would have been taken all ten days
        assertThat(SlotPlanner.suggest(query(lagosHost, List.of(bogota, jakarta, nairobi), "2026-12-07",
                "2026-12-07", HALF_HOUR), 1).get(0).outside()).containsExactly(bogota.personId());
    }

    @Test
    void the_series_plan_is_deterministic() {
        SlotQuery query = query(amsterdamHost, List.of(bogota, lagos, nairobi, beirut, kolkata, jakarta),
                "2026-12-07", "2026-12-13", Duration.ofMinutes(15));

        assertThat(SlotPlanner.planSeries(query)).isEqualTo(SlotPlanner.planSeries(query));
        assertThat(SlotPlanner.planSeries(query).maxOutside()).isEqualTo(4);
    }

    @Test
    void the_amsterdam_dst_switch_inside_the_range_moves_the_earliest_utc_slot_an_hour_earlier() {
        // 29 Mar 2026 01:00Z Amsterdam goes from +01:00 to +02:00; a 09:00-17:00 person starts at 08:00Z before
        // and at 07:00Z after. The UTC host is available around the clock.
        Attendee utcHost = roundTheClock();
        Attendee amsterdam = new Attendee(UUID.randomUUID(), "Amsterdam", ZoneId.of("Europe/Amsterdam"),
                WeeklyAvailability.everyDay(DailyWindow.of("09:00", "17:00")));

        Instant before = earliestFullyInside(query(utcHost, List.of(amsterdam), "2026-03-28", "2026-03-28", HALF_HOUR));
        Instant after = earliestFullyInside(query(utcHost, List.of(amsterdam), "2026-03-30", "2026-03-30", HALF_HOUR));

        assertThat(before).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        SlotCandidate acrossSwitch = SlotPlanner.evaluate(Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T01:30:00Z"), List.of(utcHost, amsterdam));
        assertThat(acrossSwitch.everyone().get(1).localStart()).isEqualTo(OffsetDateTime.parse("2026-03-29T01:30+01:00"));
        assertThat(acrossSwitch.everyone().get(1).localEnd()).isEqualTo(OffsetDateTime.parse("2026-03-29T03:30+02:00"));
    }

    @Test
    void a_series_across_the_switch_keeps_everyone_inside_by_moving_the_utc_start() {
        Attendee utcHost = roundTheClock();
        Attendee amsterdam = new Attendee(UUID.randomUUID(), "Amsterdam", ZoneId.of("Europe/Amsterdam"),
                WeeklyAvailability.everyDay(DailyWindow.of("09:00", "10:00")));

        SeriesPlan plan = SlotPlanner.planSeries(query(utcHost, List.of(amsterdam), "2026-03-27", "2026-03-30",
                HALF_HOUR));

        assertThat(plan.maxOutside()).isZero();
        assertThat(plan.sessions()).extracting(SlotCandidate::start).containsExactly(
                Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-28T08:00:00Z"),
                Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void santiago_leaving_summer_time_moves_the_earliest_slot_an_hour_later() {
        // Chile ends DST on 5 Apr 2026 (local midnight, -03:00 to -04:00): 09:00 local is 12:00Z before, 13:00Z after.
        Attendee utcHost = roundTheClock();
        Attendee santiago = new Attendee(UUID.randomUUID(), "Santiago", ZoneId.of("America/Santiago"),
                WeeklyAvailability.everyDay(DailyWindow.of("09:00", "17:00")));

        assertThat(earliestFullyInside(query(utcHost, List.of(santiago), "2026-04-03", "2026-04-03", HALF_HOUR)))
                .isEqualTo(Instant.parse("2026-04-03T12:00:00Z"));
        assertThat(earliestFullyInside(query(utcHost, List.of(santiago), "2026-04-06", "2026-04-06", HALF_HOUR)))
                .isEqualTo(Instant.parse("2026-04-06T13:00:00Z"));
    }

    @Test
    void kolkata_and_kathmandu_offsets_of_30_and_45_minutes_are_respected() {
        // 09:00 in Kolkata (+05:30) is 03:30Z, when Kathmandu (+05:45) reads 09:15; at 03:15Z Kathmandu is at 09:00
        // but Kolkata only at 08:45.
        WeeklyAvailability nineToFive = WeeklyAvailability.everyDay(DailyWindow.of("09:00", "17:00"));
        Attendee kathmandu = new Attendee(UUID.randomUUID(), "Kathmandu", ZoneId.of("Asia/Kathmandu"), nineToFive);
        Attendee kolkataNineToFive = new Attendee(UUID.randomUUID(), "Kolkata", ZoneId.of("Asia/Kolkata"), nineToFive);

        List<SlotCandidate> ranked = SlotPlanner.suggest(query(kathmandu, List.of(kolkataNineToFive), "2026-12-07",
                "2026-12-07", Duration.ofMinutes(15)), 96);

        SlotCandidate best = ranked.get(0);
        assertThat(best.start()).isEqualTo(Instant.parse("2026-12-07T03:30:00Z"));
        assertThat(best.inside()).isEqualTo(2);
        assertThat(local(best, kathmandu)).isEqualTo(OffsetDateTime.parse("2026-12-07T09:15+05:45"));
        assertThat(local(best, kolkataNineToFive)).isEqualTo(OffsetDateTime.parse("2026-12-07T09:00+05:30"));
        SlotCandidate quarterEarlier = ranked.stream()
                .filter(c -> c.start().equals(Instant.parse("2026-12-07T03:15:00Z"))).findFirst().orElseThrow();
        assertThat(quarterEarlier.inside()).isEqualTo(1);
        assertThat(quarterEarlier.outside()).containsExactly(kolkataNineToFive.personId());
        assertThat(quarterEarlier.hostInside()).isTrue();
    }

    @Test
    void a_weekday_left_out_of_a_given_availability_is_unavailable() {
        Attendee host = person("Host UTC", "UTC");
        Attendee mondaysOnly = new Attendee(UUID.randomUUID(), "Mondays", ZoneId.of("UTC"),
                new WeeklyAvailability(java.util.Map.of(java.time.DayOfWeek.MONDAY,
                        List.of(DailyWindow.of("10:00", "12:00")))));

        List<SlotCandidate> tuesday = SlotPlanner.suggest(query(host, List.of(mondaysOnly), "2026-12-08",
                "2026-12-08", HOUR), 24);

        assertThat(tuesday).allMatch(c -> c.outside().contains(mondaysOnly.personId()));
    }

    private static Instant earliestFullyInside(SlotQuery query) {
        return SlotPlanner.suggest(query, 1000).stream().filter(c -> c.inside() == c.total())
                .map(SlotCandidate::start).min(Instant::compareTo).orElseThrow();
    }

    private static OffsetDateTime local(SlotCandidate candidate, Attendee person) {
        return candidate.everyone().stream().filter(l -> l.personId().equals(person.personId())).findFirst()
                .orElseThrow().localStart();
    }

    private static SlotQuery query(Attendee host, List<Attendee> audience, String first, String last,
            Duration granularity) {
        return new SlotQuery(host, audience, HOUR, LocalDate.parse(first), LocalDate.parse(last), ZoneOffset.UTC,
                granularity);
    }

    private static Attendee roundTheClock() {
        return new Attendee(UUID.randomUUID(), "Host UTC", ZoneId.of("UTC"),
                WeeklyAvailability.everyDay(DailyWindow.of("00:00", "24:00")));
    }

    private static Attendee person(String name, String zone) {
        return new Attendee(UUID.nameUUIDFromBytes(name.getBytes()), name, ZoneId.of(zone),
                WeeklyAvailability.DEFAULT);
    }
}
