package org.hlc.simulator;

import java.util.List;

/**
 * The people of the 2014 season: regions and zones of the real learning community, and generated names that are
 * reproducible from the seed.
 */
public final class Cast {
    /** The six zones the programme spread over, and a country in each. */
    public static final List<String[]> ZONES = List.of(
            new String[] { "America/Bogota", "CO", "LATIN_AMERICA" },
            new String[] { "Africa/Lagos", "NG", "WEST_AFRICA" },
            new String[] { "Africa/Nairobi", "KE", "EAST_AFRICA" },
            new String[] { "Asia/Beirut", "LB", "MIDDLE_EAST_AND_ASIA" },
            new String[] { "Asia/Kolkata", "IN", "MIDDLE_EAST_AND_ASIA" },
            new String[] { "Asia/Jakarta", "ID", "MIDDLE_EAST_AND_ASIA" });

    /** Countries entries come from: more than the 16 the semi-finalists came from. */
    public static final List<String[]> COUNTRIES = List.of(
            new String[] { "CO", "America/Bogota" }, new String[] { "PE", "America/Lima" },
            new String[] { "BO", "America/La_Paz" }, new String[] { "GT", "America/Guatemala" },
            new String[] { "NI", "America/Managua" }, new String[] { "NG", "Africa/Lagos" },
            new String[] { "GH", "Africa/Accra" }, new String[] { "ML", "Africa/Bamako" },
            new String[] { "KE", "Africa/Nairobi" }, new String[] { "UG", "Africa/Kampala" },
            new String[] { "TZ", "Africa/Dar_es_Salaam" }, new String[] { "ZW", "Africa/Harare" },
            new String[] { "LB", "Asia/Beirut" }, new String[] { "EG", "Africa/Cairo" },
            new String[] { "IN", "Asia/Kolkata" }, new String[] { "ID", "Asia/Jakarta" },
            new String[] { "NP", "Asia/Kathmandu" }, new String[] { "PH", "Asia/Manila" },
            new String[] { "KG", "Asia/Bishkek" }, new String[] { "PK", "Asia/Karachi" });

    /** The programme zone (one of the six) where a semi-finalist from this country joins the live sessions. */
    public static String zoneFor(String country) {
        return switch (country) {
            case "CO", "PE", "BO", "GT", "NI" -> "America/Bogota";
            case "NG", "GH", "ML" -> "Africa/Lagos";
            case "KE", "UG", "TZ", "ZW" -> "Africa/Nairobi";
            case "LB", "EG", "KG" -> "Asia/Beirut";
            case "IN", "NP", "PK" -> "Asia/Kolkata";
            default -> "Asia/Jakarta";
        };
    }

    /** The programme's topics (issue vocabulary). */
    public static final List<String> TOPICS = List.of("finance-and-revenue-models", "social-entrepreneurship",
            "social-innovation", "prototyping", "political-conflict", "communication", "upscaling");

    /** The four coaches' regions (one coaching group each). */
    public static final List<String[]> COACH_REGIONS = List.of(
            new String[] { "LATIN_AMERICA", "America/Bogota", "CO" },
            new String[] { "WEST_AFRICA", "Africa/Lagos", "NG" },
            new String[] { "EAST_AFRICA", "Africa/Nairobi", "KE" },
            new String[] { "MIDDLE_EAST_AND_ASIA", "Asia/Kolkata", "IN" });

    private Cast() {
    }
}
