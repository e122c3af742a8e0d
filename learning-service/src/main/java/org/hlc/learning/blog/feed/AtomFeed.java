package org.hlc.learning.blog.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hlc.learning.blog.Markdown;

/**
 * An RFC 4287 Atom feed. Entry content is type="html": the Markdown rendered to safe HTML (raw HTML escaped, unsafe
 * URLs dropped), then XML-escaped by the writer, so no markup of the author's reaches a reader unescaped.
 */
public final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";

    public record Entry(UUID postId, String title, String markdown, List<String> tags, String authorName,
            Instant published, Instant updated) {
    }

    private AtomFeed() {
    }

    /**
     * Feed: id (urn:uuid of the programme), title, updated (latest entry, else {@code emptyFeedUpdated}), author,
     * link rel=self. Entry: id (urn:uuid of the post), title, published, updated, author, categories, content
     * type=html. No alternate link: the content is complete and the JSON post resource needs a token.
     */
    public static String render(UUID programmeId, String title, String selfUrl, List<Entry> entries,
            Instant emptyFeedUpdated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", "urn:uuid:" + programmeId);
            element(xml, "title", title);
            element(xml, "updated", (entries.isEmpty() ? emptyFeedUpdated
                    : entries.stream().map(Entry::updated).max(Instant::compareTo).orElseThrow()).toString());
            link(xml, "self", selfUrl, "application/atom+xml");
            xml.writeStartElement("author");
            element(xml, "name", "hlc participants");
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + entry.postId());
                element(xml, "title", entry.title());
                element(xml, "published", entry.published().toString());
                element(xml, "updated", entry.updated().toString());
                xml.writeStartElement("author");
                element(xml, "name", entry.authorName());
                xml.writeEndElement();
                for (String tag : entry.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(Markdown.toSafeHtml(entry.markdown()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
