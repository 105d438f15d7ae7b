package org.digitalweek.event.domain.diff;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;

/**
 * The people and other items a diff's changes name, so that its text can name them:
 * {@link ProgrammeDiff#people()} and {@link ProgrammeDiff#names()}.
 */
final class NamedPeople {

    private NamedPeople() {
    }

    /**
     * @return each person the changes name, as {@code after} has them, else as {@code before} had them;
     *         a person neither has is left out (the text then shows the id)
     */
    static Map<OfficialId, Official> of(List<SessionChange> sessionChanges, List<EditionChange> editionChanges,
                                        PublicEdition before, PublicEdition after) {
        Set<OfficialId> named = new LinkedHashSet<>();
        for (SessionChange change : sessionChanges) {
            if (change instanceof ParticipantsChanged people) {
                people.added().stream().map(Participant::official).forEach(named::add);
                people.removed().stream().map(Participant::official).forEach(named::add);
                people.after().participants().stream().map(Participant::official).forEach(named::add);
            }
        }
        editionChanges.stream().filter(c -> c.part() == Part.OFFICIAL).map(c -> new OfficialId(c.id()))
                .forEach(named::add);
        Map<OfficialId, Official> people = new HashMap<>();
        for (OfficialId id : named) {
            after.official(id).or(() -> before.official(id)).ifPresent(o -> people.put(id, o));
        }
        return people;
    }

    /**
     * @return the names of the items the changes name (rooms of the sessions changed, their tracks,
     *         every edition-level item changed), on each side
     */
    static ItemNames items(List<SessionChange> sessionChanges, List<EditionChange> editionChanges,
                           PublicEdition before, PublicEdition after) {
        Map<Part, Set<String>> named = new EnumMap<>(Part.class);
        for (SessionChange change : sessionChanges) {
            for (Session session : sides(change)) {
                session.room().ifPresent(r -> named.computeIfAbsent(Part.ROOM, p -> new HashSet<>()).add(r.value()));
                session.track().ifPresent(t -> named.computeIfAbsent(Part.TRACK, p -> new HashSet<>()).add(t.value()));
            }
        }
        for (EditionChange change : editionChanges) {
            named.computeIfAbsent(change.part(), p -> new HashSet<>()).add(change.id());
        }
        return named.isEmpty() ? ItemNames.NONE : ItemNames.of(before, after).keeping(named);
    }

    /** @return the session as the change has it on each side it has */
    private static List<Session> sides(SessionChange change) {
        if (change instanceof SessionAdded added) {
            return List.of(added.session());
        } else if (change instanceof SessionRemoved removed) {
            return List.of(removed.session());
        } else if (change instanceof SessionMoved moved) {
            return List.of(moved.before(), moved.after());
        } else if (change instanceof SessionDetailsChanged details) {
            return List.of(details.before(), details.after());
        }
        return List.of(change.latest());
    }
}
