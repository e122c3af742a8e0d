package org.hlc.participants.person;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hlc.participants.person.directory.DirectoryFilter;
import org.hlc.participants.person.profile.Region;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;

/** Query parameters of the directory search, checked like a request body: each bad one is named. */
final class SearchFilters {
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private SearchFilters() {
    }

    static DirectoryFilter parse(String country, String region, String role, String tag, String zone, String text) {
        List<InvalidParam> problems = new ArrayList<>();
        if (country != null && !COUNTRIES.contains(country)) {
            problems.add(new InvalidParam("country", "must be an ISO 3166-1 alpha-2 code such as KE"));
        }
        if (region != null && List.of(Region.values()).stream().noneMatch(r -> r.name().equals(region))) {
            problems.add(new InvalidParam("region", "must be one of " + List.of(Region.values())));
        }
        if (role != null && !role.matches(Roles.PATTERN)) {
            problems.add(new InvalidParam("role", "must be one of organizer, coach, expert, participant, jury, voter"));
        }
        if (zone != null && !isZone(zone)) {
            problems.add(new InvalidParam("zone", "must be an IANA time zone id such as Africa/Nairobi"));
        }
        if (text != null && text.length() > 100) {
            problems.add(new InvalidParam("text", "at most 100 characters"));
        }
        if (tag != null && tag.length() > 40) {
            problems.add(new InvalidParam("tag", "at most 40 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DirectoryFilter(country, region, role, tag, zone, text);
    }

    private static boolean isZone(String zone) {
        try {
            return ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
