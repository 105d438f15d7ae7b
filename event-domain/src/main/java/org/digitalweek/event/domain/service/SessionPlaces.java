package org.digitalweek.event.domain.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;

/**
 * Names, in the problems of an imported draft, each session as the document knows it: a path such
 * as {@code sessions[136].title} says nothing to the person who holds the file, so it is followed by
 * the session's place in the document ({@code event 11795 (line 40, column 5)}), else by its id.
 */
final class SessionPlaces {

    private static final Pattern SESSION = Pattern.compile("^sessions\\[(\\d+)](.*)$", Pattern.DOTALL);

    private SessionPlaces() {
    }

    /**
     * @param refusal what the validation found
     * @param draft   the draft it found it in
     * @param places  where each session of the draft is in the document, in order; possibly empty
     * @param source  the document's name, as the refusal names it
     * @return the same refusal, each path into a session followed by where that session is
     */
    static InvalidInputException named(InvalidInputException refusal, EditionDraft draft, List<String> places,
                                       String source) {
        List<Violation> named = refusal.violations().stream().map(v -> named(v, draft, places)).toList();
        return new InvalidInputException(source, named);
    }

    private static Violation named(Violation violation, EditionDraft draft, List<String> places) {
        Matcher session = SESSION.matcher(violation.path());
        if (!session.matches()) {
            return violation;
        }
        int index = Integer.parseInt(session.group(1));
        String where = index < places.size() ? places.get(index) : idOf(draft, index);
        return where.isEmpty() ? violation : new Violation(violation.path() + " (" + where + ")", violation.rule(),
                violation.messageFr(), violation.messageEn());
    }

    private static String idOf(EditionDraft draft, int index) {
        List<SessionDraft> sessions = draft.sessions() == null ? List.of() : draft.sessions();
        SessionDraft session = index < sessions.size() ? sessions.get(index) : null;
        return session == null || session.id() == null ? "" : "id " + session.id();
    }
}
