package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.model.PublicEdition;

/**
 * What changed between two public programmes: two releases of one edition, or the programmes of two
 * editions. Items are matched by their stable ids, never by their place in a list, so the order of
 * the id-keyed lists of an edition (sessions, venues and their rooms, tracks, ministries,
 * participations, officials) is not content. The order of a session's participants is content: it
 * is the speaking order.
 *
 * <p>{@link #between} is empty exactly when the two editions have equal public content: equal up to
 * the order of their id-keyed lists, and ignoring {@code status}, {@code version} and
 * {@code publishedAt}, which change with every save or publication rather than with the programme.
 *
 * @param sessionChanges the changes to sessions, ordered by the session's start (the later state's; the
 *                       earlier's for a removed session), then its id, then the order of kinds fixed
 *                       by {@link SessionChange}
 * @param editionChanges the changes to the rest of the edition, ordered by {@link EditionChange.Part},
 *                       then id
 */
public record ProgrammeDiff(List<SessionChange> sessionChanges, List<EditionChange> editionChanges) {

    /**
     * The diff with no change, e.g. to start a report before anything is compared. A constant rather
     * than a factory since the value is immutable; {@code between(e, e)} equals it.
     */
    public static final ProgrammeDiff NONE = new ProgrammeDiff(List.of(), List.of());

    /** Checks that both lists are given and copies them, unmodifiable; keeps their order. */
    public ProgrammeDiff {
        sessionChanges = List.copyOf(Objects.requireNonNull(sessionChanges, "'sessionChanges' must not be null"));
        editionChanges = List.copyOf(Objects.requireNonNull(editionChanges, "'editionChanges' must not be null"));
    }

    /**
     * Compares two programmes by id, in O(n log n) for n items.
     *
     * @param before the earlier programme
     * @param after  the later programme
     * @return what changed from {@code before} to {@code after}, ordered as the components say
     */
    public static ProgrammeDiff between(PublicEdition before, PublicEdition after) {
        Objects.requireNonNull(before, "'before' must not be null");
        Objects.requireNonNull(after, "'after' must not be null");
        return new ProgrammeDiff(SessionDiffer.changes(before.sessions(), after.sessions()),
                EditionDiffer.changes(before, after));
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return sessionChanges.isEmpty() && editionChanges.isEmpty();
    }
}
