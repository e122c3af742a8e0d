package org.hlc.award.jury.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Likely conflicts of interest, for the organizer to judge (pure): the juror's country equals the entry's or the
 * applicant's country, or the juror's organisation equals the applicant's (trimmed, case-insensitive).
 */
public final class ConflictFlags {
    public static final String SAME_COUNTRY_AS_ENTRY = "same-country-as-entry";
    public static final String SAME_COUNTRY_AS_APPLICANT = "same-country-as-applicant";
    public static final String SAME_ORGANISATION = "same-organisation-as-applicant";

    private ConflictFlags() {
    }

    public static List<String> flags(JuryPerson juror, String entryCountry, JuryPerson applicant) {
        List<String> flags = new ArrayList<>();
        if (juror == null) {
            return flags;
        }
        if (same(juror.country(), entryCountry)) {
            flags.add(SAME_COUNTRY_AS_ENTRY);
        }
        if (applicant != null && same(juror.country(), applicant.country())) {
            flags.add(SAME_COUNTRY_AS_APPLICANT);
        }
        if (applicant != null && same(juror.organisation(), applicant.organisation())) {
            flags.add(SAME_ORGANISATION);
        }
        return flags;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
