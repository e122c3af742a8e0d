package org.hlc.webinar.webinar;

import java.net.URI;
import java.net.URISyntaxException;
import org.hlc.platform.http.InvalidInputException;

/** Join and recording links point at an external video platform: absolute http(s) URLs only. */
final class WebUrls {
    static final String PATTERN = "^https?://\\S+$";
    static final String MESSAGE = "must be an absolute http or https URL";

    private WebUrls() {
    }

    static String require(String field, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new InvalidInputException(field, MESSAGE);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, MESSAGE);
        }
    }
}
