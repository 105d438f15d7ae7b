package org.digitalweek.event.export.ics;

import java.util.Locale;
import java.util.Optional;

import biweekly.ICalDataType;
import biweekly.component.VEvent;
import biweekly.parameter.Feature;
import biweekly.property.Attachment;
import biweekly.property.Conference;
import biweekly.property.ICalProperty;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;

/**
 * A session's links as event properties, and back. A live stream is a {@code CONFERENCE} (RFC 7986)
 * with {@code FEATURE=VIDEO}; every other link is an {@code ATTACH} with its address as value (RFC
 * 5545's default, a URI). Each has its title in the {@code LABEL} parameter (RFC 7986) and, but for
 * the kind its property already says, its {@link LinkKind} in {@value #KIND}, so that this project
 * reads its own calendars back whole; other readers ignore the parameters they do not know.
 */
final class EventLinks {

    /** The parameter that names a link's kind. */
    static final String KIND = "X-DIGITALWEEK-KIND";
    /** The RFC 7986 parameter that holds a link's title. */
    static final String LABEL = "LABEL";

    private EventLinks() {
    }

    /**
     * @param session  a session
     * @param language the language of the titles
     * @param event    its event, to which the links are added
     */
    static void add(Session session, ReaderLanguage language, VEvent event) {
        for (SessionLink link : session.links()) {
            ICalProperty property;
            if (link.kind() == LinkKind.LIVESTREAM) {
                Conference conference = new Conference(link.url().toString());
                conference.getFeatures().add(Feature.VIDEO);
                conference.getParameters().setValue(ICalDataType.URI); // RFC 7986 requires VALUE=URI
                event.addConference(conference);
                property = conference;
            } else {
                Attachment attachment = new Attachment(null, link.url().toString());
                event.addAttachment(attachment);
                property = attachment;
                if (link.kind() != LinkKind.ATTACHMENT) {
                    attachment.getParameters().put(KIND, link.kind().name());
                }
            }
            String title = label(link.title().resolve(language));
            if (!title.isBlank()) {
                property.getParameters().put(LABEL, title);
            }
        }
    }

    /**
     * A parameter value may hold neither a double quote nor a line break (RFC 5545, without the RFC
     * 6868 escapes that not every reader knows): a quote becomes an apostrophe, a break a space.
     */
    private static String label(String title) {
        return title.replace('"', '\'').replaceAll("[\\r\\n]+", " ").strip();
    }

    /**
     * @param property     an {@code ATTACH} or {@code CONFERENCE}
     * @param defaultKind  what a link of that property is when it names no kind
     * @return the kind it names, else the default
     */
    static LinkKind kind(ICalProperty property, LinkKind defaultKind) {
        String named = property.getParameters().first(KIND);
        if (named == null) {
            return defaultKind;
        }
        try {
            return LinkKind.valueOf(named.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return defaultKind;
        }
    }

    /**
     * @param property an {@code ATTACH} or {@code CONFERENCE}
     * @return its title, if it has one
     */
    static Optional<String> title(ICalProperty property) {
        return Optional.ofNullable(property.getParameters().first(LABEL)).filter(t -> !t.isBlank());
    }
}
