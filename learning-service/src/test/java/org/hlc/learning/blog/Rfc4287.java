package org.hlc.learning.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The RFC 4287 rules a feed must meet (section 4.1): atom:feed with exactly one id (an absolute IRI), title and
 * updated (an RFC 3339 date-time), an author on the feed or on every entry, at most one link rel=self / alternate
 * per type; every entry with exactly one id, title and updated, at most one published and content, content type
 * text/html/xhtml, an alternate link when there is no content, unique entry ids; categories with a term; person
 * constructs with exactly one name; only Atom elements.
 */
final class Rfc4287 {
    static final String NS = "http://www.w3.org/2005/Atom";

    private Rfc4287() {
    }

    static void assertValid(Document document) {
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).as("feed namespace").isEqualTo(NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        onlyAtomElements(feed);
        commonMetadata(feed, "feed");
        List<Element> entries = children(feed, "entry");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        assertThat(children(feed, "link").stream().filter(l -> "self".equals(l.getAttribute("rel"))).count())
                .as("feed link rel=self").isEqualTo(1);
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            commonMetadata(entry, "entry");
            assertThat(ids.add(text(entry, "id"))).as("entry ids are unique").isTrue();
            assertThat(children(entry, "published")).as("entry published").hasSizeLessThanOrEqualTo(1);
            children(entry, "published").forEach(p -> dateTime(p.getTextContent(), "entry published"));
            List<Element> content = children(entry, "content");
            assertThat(content).as("entry content").hasSizeLessThanOrEqualTo(1);
            if (content.isEmpty()) {
                assertThat(children(entry, "link").stream().anyMatch(l -> "alternate".equals(rel(l))))
                        .as("an entry without content has an alternate link").isTrue();
            } else {
                String type = content.get(0).getAttribute("type");
                assertThat(type.isEmpty() ? "text" : type).isIn("text", "html", "xhtml");
            }
            assertThat(feedAuthor || !children(entry, "author").isEmpty()).as("entry author or feed author")
                    .isTrue();
        }
    }

    private static void commonMetadata(Element element, String what) {
        assertThat(children(element, "id")).as(what + " id").hasSize(1);
        assertThat(URI.create(text(element, "id")).isAbsolute()).as(what + " id is an absolute IRI").isTrue();
        assertThat(children(element, "title")).as(what + " title").hasSize(1);
        assertThat(children(element, "updated")).as(what + " updated").hasSize(1);
        dateTime(text(element, "updated"), what + " updated");
        for (Element person : children(element, "author")) {
            assertThat(children(person, "name")).as(what + " author name").hasSize(1);
            assertThat(text(person, "name")).isNotBlank();
        }
        for (Element link : children(element, "link")) {
            assertThat(link.getAttribute("href")).as(what + " link href").isNotBlank();
        }
        Set<String> alternates = new HashSet<>();
        for (Element link : children(element, "link")) {
            if ("alternate".equals(rel(link))) {
                assertThat(alternates.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang")))
                        .as(what + " at most one alternate link per type and hreflang").isTrue();
            }
        }
        for (Element category : children(element, "category")) {
            assertThat(category.getAttribute("term")).as(what + " category term").isNotBlank();
        }
    }

    private static String rel(Element link) {
        return link.getAttribute("rel").isEmpty() ? "alternate" : link.getAttribute("rel");
    }

    private static void dateTime(String value, String what) {
        assertThat(value).as(what + " is an RFC 3339 date-time with upper-case T and Z")
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
        OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void onlyAtomElements(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                assertThat(e.getNamespaceURI()).as("element " + e.getLocalName()).isEqualTo(NS);
                if (!"content".equals(e.getLocalName())) {
                    onlyAtomElements(e);
                }
            }
        }
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
