package org.digitalweek.event.domain.diff;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;

/** The people a diff's changes name, so that its text can name them: {@link ProgrammeDiff#people()}. */
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
}
