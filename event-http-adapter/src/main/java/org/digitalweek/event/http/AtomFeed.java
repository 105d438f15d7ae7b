package org.digitalweek.event.http;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;

import io.javalin.http.Context;

/**
 * {@code GET /editions/{id}/changes.atom}: an Atom feed (RFC 4287) of an edition's releases, for
 * the press and for delegations, in the request's language ({@code xml:lang}). One entry per
 * release, newest first; its content is what changed since the release before, in the domain's
 * words ({@link DiffText}), or for the first release how many sessions it published.
 *
 * <ul>
 *   <li>Ids are URNs that never change: {@code urn:digitalweek:edition:ID} for the feed,
 *       {@code urn:digitalweek:edition:ID:release:N} for an entry.</li>
 *   <li>An entry's {@code updated} and {@code published} are its release's time; the feed's is the
 *       newest release's, or the epoch when there is none yet (the feed then has no entry).</li>
 *   <li>The feed's author is the host ministry, else the organiser, else {@code digitalweek}.</li>
 *   <li>Links are relative to the feed's own address, so that the body is the same whatever host
 *       name a client used, and can be cached by version.</li>
 * </ul>
 */
final class AtomFeed {

    /** The media type of the feed. */
    static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String NO_AUTHOR = "digitalweek";

    private final ApiContext api;

    AtomFeed(ApiContext api) {
        this.api = api;
    }

    void answer(Context ctx) {
        String editionId = ctx.pathParam("id");
        String tag = Languages.tag(ctx);
        long version = EditionVersions.current(api, editionId);
        String variant = "atom-" + FeedRoutes.languageVariant(ctx);
        CachedBodies.Body feed = CachedBodies.get(api, editionId, version, variant, () -> write(editionId, tag));
        FeedRoutes.send(ctx, Versions.etag(feed.version(), variant), MEDIA_TYPE, feed.bytes());
    }

    /**
     * @param editionId the edition
     * @param tag       the language asked for, or null for the edition's own
     * @return the feed's bytes, in UTF-8, and the version they were written from
     */
    CachedBodies.Body write(String editionId, String tag) {
        EditionQueryById query = new EditionQueryById(editionId);
        // The releases first: a release published after this read raises the version the edition's read then gives.
        List<ReleaseSummary> releases = api.publication().releases(query);
        PublicEdition edition = api.programme().edition(query);
        ReaderLanguage reader = ReaderLanguage.of(tag, edition.defaultLanguage());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "feed", ATOM);
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", reader.tag());
            String path = "/editions/" + editionId;
            element(xml, "id", "urn:digitalweek:edition:" + editionId);
            text(xml, "title", edition.title().resolve(reader) + " — "
                    + reader.pick("changements du programme", "programme changes"));
            element(xml, "updated", time(releases.isEmpty() ? Instant.EPOCH
                    : releases.get(releases.size() - 1).publishedAt()));
            link(xml, "self", "application/atom+xml", path + "/changes.atom");
            link(xml, "alternate", "text/html", path + "/export/html");
            xml.writeStartElement("author");
            element(xml, "name", author(edition, reader));
            xml.writeEndElement();
            xml.writeStartElement("generator");
            xml.writeCharacters("digitalweek");
            xml.writeEndElement();
            for (int i = releases.size() - 1; i >= 0; i--) {
                entry(xml, edition, reader, releases.get(i), i == 0 ? null : releases.get(i - 1));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Atom feed of " + editionId + " could not be written", e);
        }
        return new CachedBodies.Body(edition.version(), bytes.toByteArray());
    }

    private void entry(XMLStreamWriter xml, PublicEdition edition, ReaderLanguage reader, ReleaseSummary release,
                       ReleaseSummary previous) throws XMLStreamException {
        String editionId = edition.id().value();
        xml.writeStartElement("entry");
        element(xml, "id", "urn:digitalweek:edition:" + editionId + ":release:" + release.number());
        text(xml, "title", reader.pick("Publication « " + release.label() + " »", "Release “" + release.label() + "”"));
        element(xml, "published", time(release.publishedAt()));
        element(xml, "updated", time(release.publishedAt()));
        String content;
        if (previous == null) {
            link(xml, "alternate", "application/json", "/editions/" + editionId + "/releases");
            content = reader.pick("Première publication du programme : ", "First release of the programme: ")
                    + Plurals.of(reader.words(), release.sessionCount(), "session", "sessions", "session", "sessions")
                    + ".";
        } else {
            link(xml, "alternate", "application/json", "/editions/" + editionId + "/diff?from=" + previous.number()
                    + "&to=" + release.number());
            content = DiffText.render(api.publication().diff(new ReleaseDiffQuery(editionId,
                    String.valueOf(previous.number()), String.valueOf(release.number()))), reader);
        }
        text(xml, "content", content);
        xml.writeEndElement();
    }

    /** The host ministry, else the organiser, in the reader's language; else the library's name. */
    private static String author(PublicEdition edition, ReaderLanguage reader) {
        for (ParticipationRole role : List.of(ParticipationRole.HOST, ParticipationRole.ORGANISER)) {
            List<Ministry> ministries = edition.ministriesWith(role);
            if (!ministries.isEmpty()) {
                String name = ministries.get(0).name().resolve(reader);
                if (!name.isBlank()) {
                    return name;
                }
            }
        }
        return NO_AUTHOR;
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    /** A text construct of RFC 4287 (§3.1), plain text. */
    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** @return the instant as an RFC 3339 date-time in UTC */
    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Characters XML 1.0 cannot hold, which a text from elsewhere may: dropped, so that the feed stays well-formed. */
    static final class XmlText {

        private XmlText() {
        }

        /**
         * @param text a text
         * @return the text without the characters XML 1.0 forbids (controls but tab and line breaks, lone surrogates,
         *         U+FFFE and U+FFFF)
         */
        static String clean(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
            return out.toString();
        }

        private static boolean allowed(int c) {
            return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
        }
    }
}
