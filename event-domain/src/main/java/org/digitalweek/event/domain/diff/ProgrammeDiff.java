package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
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
 * <p>Changes name people by their stable id; {@link #people} holds, for each person a change names,
 * the person as the later programme has them (the earlier one's for a person since removed), so that
 * what a reader sees names them ({@link #nameOf}). A person whose own record changed (a name spelt
 * anew) is also reported under each session they take part in ({@link ParticipantsChanged#changed()}).
 *
 * @param sessionChanges the changes to sessions, ordered by the session's start (the later state's; the
 *                       earlier's for a removed session), then its id, then the order of kinds fixed
 *                       by {@link SessionChange}
 * @param editionChanges the changes to the rest of the edition, ordered by {@link EditionChange.Part},
 *                       then id
 * @param people         every person the changes name, by id, in their latest known state
 * @param names          the names of the items of both programmes (rooms, tracks, ministries…), on each
 *                       side, so that the text names them rather than showing their ids
 */
public record ProgrammeDiff(List<SessionChange> sessionChanges, List<EditionChange> editionChanges,
                            Map<OfficialId, Official> people, ItemNames names) {

    /**
     * The diff with no change, e.g. to start a report before anything is compared. A constant rather
     * than a factory since the value is immutable; {@code between(e, e)} equals it.
     */
    public static final ProgrammeDiff NONE = new ProgrammeDiff(List.of(), List.of());

    /** Checks that every part is given and copies them, unmodifiable; keeps the lists' order. */
    public ProgrammeDiff {
        sessionChanges = List.copyOf(Objects.requireNonNull(sessionChanges, "'sessionChanges' must not be null"));
        editionChanges = List.copyOf(Objects.requireNonNull(editionChanges, "'editionChanges' must not be null"));
        people = Map.copyOf(Objects.requireNonNull(people, "'people' must not be null"));
        Objects.requireNonNull(names, "'names' must not be null");
    }

    /**
     * A diff that knows its people's names but not its other items': its text shows their ids.
     *
     * @param sessionChanges the changes to sessions
     * @param editionChanges the changes to the rest of the edition
     * @param people         every person the changes name, by id
     */
    public ProgrammeDiff(List<SessionChange> sessionChanges, List<EditionChange> editionChanges,
                         Map<OfficialId, Official> people) {
        this(sessionChanges, editionChanges, people, ItemNames.NONE);
    }

    /**
     * A diff that knows no person's name: its text names people by id.
     *
     * @param sessionChanges the changes to sessions
     * @param editionChanges the changes to the rest of the edition
     */
    public ProgrammeDiff(List<SessionChange> sessionChanges, List<EditionChange> editionChanges) {
        this(sessionChanges, editionChanges, Map.of(), ItemNames.NONE);
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
        List<SessionChange> sessionChanges = SessionDiffer.changes(before.sessions(), after.sessions(),
                EditionDiffer.changedOfficials(before, after));
        List<EditionChange> editionChanges = EditionDiffer.changes(before, after);
        return new ProgrammeDiff(sessionChanges, editionChanges,
                NamedPeople.of(sessionChanges, editionChanges, before, after), NamedPeople.items(sessionChanges, editionChanges, before, after));
    }

    /**
     * @param id a person's id
     * @return the name a reader knows them by (honorific and full name), or the id when the diff holds no name
     */
    public String nameOf(OfficialId id) {
        Official person = people.get(Objects.requireNonNull(id, "'id' must not be null"));
        return person == null ? id.value() : person.displayName();
    }

    /**
     * @param change one of this diff's changes
     * @return a diff of that change alone, which names things as this one does: its text is that change's line
     */
    public ProgrammeDiff only(SessionChange change) {
        return new ProgrammeDiff(List.of(Objects.requireNonNull(change, "'change' must not be null")), List.of(),
                people, names);
    }

    /**
     * @param change one of this diff's changes
     * @return a diff of that change alone, which names things as this one does: its text is that change's line
     */
    public ProgrammeDiff only(EditionChange change) {
        return new ProgrammeDiff(List.of(), List.of(Objects.requireNonNull(change, "'change' must not be null")),
                people, names);
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return sessionChanges.isEmpty() && editionChanges.isEmpty();
    }
}
