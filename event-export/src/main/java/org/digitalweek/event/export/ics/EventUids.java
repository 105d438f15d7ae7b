package org.digitalweek.event.export.ics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;

/**
 * The {@code UID} of each session's event. A session imported from a schedule keeps its source's
 * guid (a frab guid, another calendar's UID), so that the apps that key favourites and reminders by
 * it keep them; the guid must then be safe as a UID (printable ASCII, no space and none of
 * {@code , ; \ "}, at most {@value #LONGEST} characters, not of this project's own form) and no other
 * session of the edition may have it. Every other session gets the minted UID
 * {@code <session id>@<edition id>.digitalweek}, stable across exports and releases; minted UIDs all
 * end in {@code .digitalweek} and kept ones never do, so two events never share a UID.
 */
final class EventUids {

    /**
     * The property that names the session of an event whose UID is its source's guid, when that is
     * not the session's id: so that this project reads its own calendar back with the same ids.
     */
    static final String SESSION = "X-DIGITALWEEK-SESSION";

    /** The longest guid kept as a UID: what calendar servers commonly index. */
    static final int LONGEST = 255;

    /** Printable ASCII but {@code " , ; \}: nothing a UID would need to escape or a reader could split on. */
    private static final Pattern SAFE = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]{1,"
            + LONGEST + "}");

    private final PublicEdition edition;
    private final Map<String, Integer> guids = new HashMap<>();

    /** @param edition the edition whose sessions get UIDs */
    EventUids(PublicEdition edition) {
        this.edition = edition;
        for (Session session : edition.sessions()) {
            session.source().guid().ifPresent(g -> guids.merge(g, 1, Integer::sum));
        }
    }

    /**
     * @param session one of the edition's sessions
     * @return its event's {@code UID}
     */
    String of(Session session) {
        return kept(session).orElseGet(() -> minted(edition, session));
    }

    /**
     * @param edition the edition
     * @param session one of its sessions
     * @return the UID this project makes for it: both ids are restricted to letters, digits and
     *         {@code . _ : -}, so it needs no escaping
     */
    static String minted(PublicEdition edition, Session session) {
        return session.id().value() + "@" + edition.id().value() + ".digitalweek";
    }

    /**
     * @param session one of the edition's sessions
     * @return whether its UID is not its id's: it then needs {@link #SESSION}
     */
    boolean hidesId(Session session) {
        return kept(session).filter(uid -> !uid.equals(session.id().value())).isPresent();
    }

    private Optional<String> kept(Session session) {
        return session.source().guid().filter(g -> SAFE.matcher(g).matches() && guids.get(g) == 1
                && !g.endsWith(".digitalweek") && OwnCalendars.ids(g).isEmpty());
    }
}
