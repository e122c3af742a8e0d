package org.hlc.award.jury;

/** RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF line ends; null = empty. */
final class Csv {
    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields[i] == null ? "" : fields[i].toString()));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
