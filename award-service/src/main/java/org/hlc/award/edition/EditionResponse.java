package org.hlc.award.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionResponse(UUID id, String name, int year, List<String> categories, String timeZone,
        List<PhaseView> phases, EditionRules rules, boolean resultsPublished, List<SemiFinalistView> semiFinalists,
        long version) {

    /** A phase in UTC, and in the requested zone when one was asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhaseView(Phase phase, Instant opensAt, Instant closesAt, String opensAtLocal,
            String closesAtLocal, boolean openNow) {
    }

    /** Contact details are for organizers only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SemiFinalistView(UUID entryId, String title, String country, String applicantSubject,
            String contactEmail, String overrideReason) {
    }

    static EditionResponse of(Edition edition, long version, ZoneId zone, boolean organizer, Instant now) {
        List<PhaseView> phases = edition.timeline().phases().stream().map(w -> new PhaseView(w.phase(),
                w.opensAt(), w.closesAt(), local(w.opensAt(), zone), local(w.closesAt(), zone), w.isOpenAt(now)))
                .toList();
        List<SemiFinalistView> semiFinalists = edition.semiFinalists().stream().map(s -> new SemiFinalistView(
                s.entryId(), s.title(), s.country(), organizer ? s.applicantSubject() : null,
                organizer ? s.contactEmail() : null, organizer ? s.overrideReason() : null)).toList();
        return new EditionResponse(edition.editionId(), edition.name(), edition.year(), edition.categories(),
                zone == null ? null : zone.getId(), phases, edition.rules(), edition.resultsPublished(),
                semiFinalists, version);
    }

    private static String local(Instant instant, ZoneId zone) {
        return zone == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
