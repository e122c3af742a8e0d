package org.hlc.award.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.hlc.platform.http.InvalidInputException;

/** Query parameters parsed by hand so a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
public final class QueryParams {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Null stays null; anything else must be an ISO 3166-1 alpha-2 code. */
    public static String country(String name, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            throw new InvalidInputException(name, "must be an ISO 3166-1 alpha-2 country code such as KE");
        }
        return value;
    }
}
