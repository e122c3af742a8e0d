package org.hlc.award.export;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends; a field is quoted when it holds a comma, a double quote, CR, LF or leading/trailing
 * space, with inner quotes doubled. Free-text fields written by applicants go through {@link #text} which also
 * neutralises spreadsheet formulas (a leading =, +, -, @, tab or CR gets a leading apostrophe).
 */
public final class Csv {
    private Csv() {
    }

    public static String row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Untrusted text: a cell a spreadsheet would evaluate as a formula is prefixed with an apostrophe. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
