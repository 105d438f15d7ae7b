package org.digitalweek.event.export.jsonld;

import java.util.List;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;

/**
 * A session's links in schema.org's words, each where schema.org defines a property of an
 * {@code Event} for it: its slides are a {@code PresentationDigitalDocument} it features
 * ({@code workFeatured}, "a work featured in some event"); its recording is the {@code CreativeWork}
 * that captured it ({@code recordedIn}); its registration page is the {@code url} of an
 * {@code Offer} ({@code offers}); its logo its {@code image}; its live stream a
 * {@code VirtualLocation} among its {@code location}s; attached files and other links
 * ({@code DigitalDocument}, {@code CreativeWork}) are about it ({@code subjectOf}). {@code sameAs} is
 * not used: it names a page that identifies the session elsewhere, and the session's own page is its
 * {@code url}.
 */
final class LinkedWorks {

    private final Ld ld;
    private final ReaderLanguage language;

    LinkedWorks(Ld ld, ReaderLanguage language) {
        this.ld = ld;
        this.language = language;
    }

    /**
     * @param session a session
     * @return its live streams, for its {@code location}
     */
    static List<SessionLink> liveStreams(Session session) {
        return session.links().stream().filter(l -> l.kind() == LinkKind.LIVESTREAM).toList();
    }

    /**
     * Writes a live stream as a {@code VirtualLocation}, in the {@code location} array being written.
     *
     * @param link a live stream
     */
    void virtualLocation(SessionLink link) {
        ld.json().writeStartObject();
        ld.json().writeStringProperty("@type", "VirtualLocation");
        ld.text("url", link.url().toString());
        ld.text("name", link.title().resolve(language));
        ld.end();
    }

    /**
     * Writes the properties of the session's links other than its live streams.
     *
     * @param session a session
     */
    void write(Session session) {
        works(session, "workFeatured", LinkKind.SLIDES, "PresentationDigitalDocument");
        works(session, "recordedIn", LinkKind.RECORDING, "CreativeWork");
        works(session, "offers", LinkKind.REGISTRATION, "Offer");
        List<String> logos = of(session, LinkKind.LOGO).stream().map(l -> l.url().toString()).toList();
        ld.texts("image", logos);
        List<SessionLink> about = session.links().stream()
                .filter(l -> l.kind() == LinkKind.ATTACHMENT || l.kind() == LinkKind.OTHER).toList();
        if (!about.isEmpty()) {
            ld.json().writeArrayPropertyStart("subjectOf");
            about.forEach(l -> work(l, l.kind() == LinkKind.ATTACHMENT ? "DigitalDocument" : "CreativeWork"));
            ld.json().writeEndArray();
        }
    }

    private void works(Session session, String property, LinkKind kind, String type) {
        List<SessionLink> links = of(session, kind);
        if (!links.isEmpty()) {
            ld.json().writeArrayPropertyStart(property);
            links.forEach(l -> work(l, type));
            ld.json().writeEndArray();
        }
    }

    private void work(SessionLink link, String type) {
        ld.json().writeStartObject();
        ld.json().writeStringProperty("@type", type);
        ld.text("url", link.url().toString());
        ld.text("name", link.title().resolve(language));
        ld.end();
    }

    private static List<SessionLink> of(Session session, LinkKind kind) {
        return session.links().stream().filter(l -> l.kind() == kind).toList();
    }
}
