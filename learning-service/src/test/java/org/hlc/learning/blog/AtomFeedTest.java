package org.hlc.learning.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hlc.learning.blog.feed.AtomFeed;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {
    private static final String NS = "http://www.w3.org/2005/Atom";

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markdown_renders_to_html_with_raw_html_escaped_and_unsafe_links_dropped() {
        String html = Markdown.toSafeHtml("""
                Hello **world** <script>alert('x')</script> <img src=x onerror=alert(1)>

                [click](javascript:alert(1))""");
        assertThat(html).contains("<strong>world</strong>").doesNotContain("<script", "<img", "javascript:")
                .contains("&lt;script&gt;");
    }

    @Test
    void an_empty_feed_is_still_valid_atom() throws Exception {
        Rfc4287.assertValid(parse(AtomFeed.render(UUID.randomUUID(), "Nothing yet", "https://hlc.test/feed.atom",
                List.of(), Instant.parse("2015-03-01T00:00:00Z"))));
    }

    @Test
    void the_feed_is_atom_with_the_required_elements_and_escaped_html_content() throws Exception {
        UUID postId = UUID.randomUUID();
        String xml = AtomFeed.render(UUID.randomUUID(), "HLC <2015> & friends", "https://hlc.test/feed.atom",
                List.of(new AtomFeed.Entry(postId, "Ten households & a price",
                        "*pilot* <script>alert(1)</script>", List.of("pricing"), "Amina",
                        Instant.parse("2015-03-05T10:00:00Z"), Instant.parse("2015-03-05T11:00:00Z"))),
                Instant.EPOCH);

        assertThat(xml).doesNotContain("<script");
        Document feed = parse(xml);
        Rfc4287.assertValid(feed);
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getElementsByTagNameNS(NS, "title").item(0).getTextContent())
                .isEqualTo("HLC <2015> & friends");
        assertThat(root.getElementsByTagNameNS(NS, "updated").item(0).getTextContent())
                .isEqualTo("2015-03-05T11:00:00Z");
        Element entry = (Element) root.getElementsByTagNameNS(NS, "entry").item(0);
        assertThat(entry.getElementsByTagNameNS(NS, "id").item(0).getTextContent()).isEqualTo("urn:uuid:" + postId);
        assertThat(entry.getElementsByTagNameNS(NS, "author").getLength()).isEqualTo(1);
        Element content = (Element) entry.getElementsByTagNameNS(NS, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<em>pilot</em>").contains("&lt;script&gt;")
                .doesNotContain("<script");
    }
}
