package org.hlc.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {
    public static final String MESSAGE = "must be an absolute http or https URL";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isHttpUrl(value);
    }

    /** The one rule for http(s) links, also for checks that bean validation cannot express. */
    public static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
