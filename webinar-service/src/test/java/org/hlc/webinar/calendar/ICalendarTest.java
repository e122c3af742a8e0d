package org.hlc.webinar.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar output against RFC 5545's line rules and a real parser (ical4j). */
class ICalendarTest {
    private static final Instant STAMP = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TRICKY = "Revenue, costs; and a back\\slash — über-long title that certainly needs "
            + "folding: 🌍 ünïcödé everywhere, so the octets, not the characters, are counted";

    @Test
    void lines_end_in_crlf_and_no_line_is_longer_than_75_octets_even_with_multibyte_characters() {
        String ics = ICalendar.render("hlc", "Asia/Kathmandu", List.of(webinar(TRICKY, "multi\nline; text, here")));

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
        String[] lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anyMatch(line -> line.startsWith(" ")); // the summary was folded
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Revenue\\, costs\\; and a back\\\\slash — über-long title")
                .contains("DESCRIPTION:multi\\nline\\; text\\, here")
                .contains("DTSTART:20261207T130000Z").contains("DTEND:20261207T140000Z");
        // no fold splits a UTF-8 sequence: each physical line decodes on its own
        for (String line : lines) {
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
            assertThat(line).doesNotContain("\uFFFD");
        }
    }

    @Test
    void ical4j_parses_and_validates_the_output_and_reads_back_the_escaped_text() throws Exception {
        String ics = ICalendar.render("hlc, webinars", "America/Bogota", List.of(
                webinar(TRICKY, "Join: https://meet.example.org/a?b=c;d"),
                new ICalendar.Event("assignment-1@hlc.example.org", STAMP, Instant.parse("2026-12-10T17:00:00Z"),
                        null, 2, "CONFIRMED", "Due: one-pager", "Deadline", null, null, true),
                new ICalendar.Event("webinar-2@hlc.example.org", STAMP, Instant.parse("2026-12-08T07:00:00Z"),
                        Instant.parse("2026-12-08T07:45:00Z"), 1, "CANCELLED", "Cancelled one", null, null, null,
                        false)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(value(events.get(0), "SUMMARY")).isEqualTo(TRICKY);
        assertThat(value(events.get(0), "DESCRIPTION")).isEqualTo("Join: https://meet.example.org/a?b=c;d");
        assertThat(value(events.get(0), "UID")).isEqualTo("webinar-1@hlc.example.org");
        assertThat(value(events.get(1), "SEQUENCE")).isEqualTo("2");
        assertThat(events.get(1).getProperty("DTEND")).isEmpty();
        assertThat(value(events.get(2), "STATUS")).isEqualTo("CANCELLED");
        assertThat(Instant.from(events.get(0).getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
    }

    @Test
    void control_characters_are_dropped_and_carriage_returns_become_newlines() {
        assertThat(ICalendar.text("a\r\nb\rc\u0007d\te")).isEqualTo("a\\nb\\ncd\te");
    }

    private static ICalendar.Event webinar(String summary, String description) {
        return new ICalendar.Event("webinar-1@hlc.example.org", STAMP, Instant.parse("2026-12-07T13:00:00Z"),
                Instant.parse("2026-12-07T14:00:00Z"), 0, "CONFIRMED", summary, description,
                "https://meet.example.org/a", "https://meet.example.org/a", false);
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }
}
