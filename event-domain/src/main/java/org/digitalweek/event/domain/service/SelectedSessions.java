package org.digitalweek.event.domain.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.port.in.SessionSelection;

/**
 * An edition restricted to the sessions a {@link SessionSelection} selects, before an exporter
 * runs: the other sessions are left out, and so are the officials no selected session names
 * (venues, rooms, tracks and ministries stay, so that the edition keeps every invariant). The
 * sessions themselves are untouched, so each keeps its id, and an exporter its UID.
 *
 * @param edition the restricted edition
 * @param words   the names of the person, room and track selected, joined, in every language they have;
 *                empty for the whole programme
 */
record SelectedSessions(PublicEdition edition, Optional<LocalizedText> words) {

    private static final String JOINER = " · ";

    /**
     * @param edition   the whole edition
     * @param selection what to keep
     * @return the edition restricted to the selection, with the words that name it
     * @throws ItemNotFoundException when the edition has no such room, track or official
     */
    static SelectedSessions of(PublicEdition edition, SessionSelection selection) {
        if (selection.isAll()) {
            return new SelectedSessions(edition, Optional.empty());
        }
        String id = edition.id().toString();
        List<LocalizedText> names = new ArrayList<>();
        List<Predicate<Session>> filters = new ArrayList<>();
        if (selection.personId() != null) {
            OfficialId person = new OfficialId(selection.personId());
            String name = edition.official(person)
                    .orElseThrow(() -> new ItemNotFoundException(id, "official", selection.personId())).displayName();
            names.add(LocalizedText.of(edition.defaultLanguage(), name));
            filters.add(s -> s.involves(person));
        }
        if (selection.roomId() != null) {
            RoomId room = new RoomId(selection.roomId());
            names.add(edition.room(room)
                    .orElseThrow(() -> new ItemNotFoundException(id, "room", selection.roomId())).name());
            filters.add(s -> s.room().map(room::equals).orElse(false));
        }
        if (selection.trackId() != null) {
            TrackId track = new TrackId(selection.trackId());
            names.add(edition.theme().track(track)
                    .orElseThrow(() -> new ItemNotFoundException(id, "track", selection.trackId())).name());
            filters.add(s -> s.track().map(track::equals).orElse(false));
        }
        Predicate<Session> all = filters.stream().reduce(s -> true, Predicate::and);
        List<Session> sessions = edition.sessions().stream().filter(all).toList();
        Set<OfficialId> named = sessions.stream().flatMap(s -> s.participants().stream())
                .map(Participant::official).collect(Collectors.toSet());
        PublicEdition restricted = edition.toBuilder().sessions(sessions)
                .officials(edition.officials().stream().filter(o -> named.contains(o.id())).toList()).build();
        return new SelectedSessions(restricted, Optional.of(joined(names)));
    }

    /** The names side by side, in each language any of them has (a name without it in its fallback). */
    private static LocalizedText joined(List<LocalizedText> names) {
        Set<String> languages = new LinkedHashSet<>();
        names.forEach(n -> languages.addAll(n.values().keySet()));
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : languages) {
            values.put(language, names.stream().map(n -> n.exactly(language).orElseGet(() -> n.resolve(language)))
                    .collect(Collectors.joining(JOINER)));
        }
        return new LocalizedText(values);
    }
}
