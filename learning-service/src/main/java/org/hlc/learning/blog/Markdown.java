package org.hlc.learning.blog;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown to safe HTML: raw HTML in the source is escaped, javascript: and similar URLs are dropped. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
