package org.digitalweek.event.domain.diff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.Venue;

/**
 * The names a person knows the items of two programmes by, on each side, so that a diff's text says
 * « Salle de formation » rather than {@code salle-de-formation}: rooms, tracks, venues, ministries
 * (and so participations, which are keyed by ministry), people, the edition (its title) and its
 * theme (its title), by {@link Part} and id.
 *
 * @param before the names in the earlier programme, by part, then id
 * @param after  the names in the later programme, by part, then id
 */
public record ItemNames(Map<Part, Map<String, LocalizedText>> before, Map<Part, Map<String, LocalizedText>> after) {

    /** Names nothing: a text then shows ids. */
    public static final ItemNames NONE = new ItemNames(Map.of(), Map.of());

    /** Checks that both sides are given and copies them, unmodifiable. */
    public ItemNames {
        before = copy(Objects.requireNonNull(before, "'before' must not be null"));
        after = copy(Objects.requireNonNull(after, "'after' must not be null"));
    }

    /**
     * @param before the earlier programme
     * @param after  the later programme
     * @return the names of every named item of both
     */
    public static ItemNames of(PublicEdition before, PublicEdition after) {
        Objects.requireNonNull(before, "'before' must not be null");
        Objects.requireNonNull(after, "'after' must not be null");
        // The edition and its theme are keyed by the later id on both sides, as their changes are.
        String editionId = after.id().value();
        return new ItemNames(namesOf(before, editionId), namesOf(after, editionId));
    }

    /**
     * @param named the items to keep, by part, then id
     * @return these names for those items only: what a diff keeps of the names, so that a diff of
     *         nothing names nothing and equals {@link ProgrammeDiff#NONE}
     */
    ItemNames keeping(Map<Part, Set<String>> named) {
        return new ItemNames(keep(before, named), keep(after, named));
    }

    /** @return the item's name in the earlier programme, if it had one */
    public Optional<LocalizedText> before(Part part, String id) {
        return Optional.ofNullable(before.getOrDefault(part, Map.of()).get(id));
    }

    /** @return the item's name in the later programme, if it has one */
    public Optional<LocalizedText> after(Part part, String id) {
        return Optional.ofNullable(after.getOrDefault(part, Map.of()).get(id));
    }

    private static Map<Part, Map<String, LocalizedText>> namesOf(PublicEdition edition, String editionId) {
        Map<Part, Map<String, LocalizedText>> names = new EnumMap<>(Part.class);
        names.put(Part.EDITION, Map.of(editionId, edition.title()));
        names.put(Part.THEME, Map.of(editionId, edition.theme().title()));
        Map<String, LocalizedText> tracks = new HashMap<>();
        for (Track track : edition.theme().tracks()) {
            tracks.put(track.id().value(), track.name());
        }
        names.put(Part.TRACK, tracks);
        Map<String, LocalizedText> venues = new HashMap<>();
        Map<String, LocalizedText> rooms = new HashMap<>();
        for (Venue venue : edition.venues()) {
            venues.put(venue.id().value(), venue.name());
            for (Room room : venue.rooms()) {
                rooms.put(room.id().value(), room.name());
            }
        }
        names.put(Part.VENUE, venues);
        names.put(Part.ROOM, rooms);
        Map<String, LocalizedText> ministries = new HashMap<>();
        for (Ministry ministry : edition.ministries()) {
            ministries.put(ministry.id().value(), ministry.name());
        }
        names.put(Part.MINISTRY, ministries);
        names.put(Part.PARTICIPATION, ministries);
        Map<String, LocalizedText> people = new HashMap<>();
        for (Official official : edition.officials()) {
            people.put(official.id().value(), LocalizedText.of(edition.defaultLanguage(), official.displayName()));
        }
        names.put(Part.OFFICIAL, people);
        return names;
    }

    private static Map<Part, Map<String, LocalizedText>> keep(Map<Part, Map<String, LocalizedText>> names,
                                                              Map<Part, Set<String>> named) {
        Map<Part, Map<String, LocalizedText>> kept = new EnumMap<>(Part.class);
        named.forEach((part, ids) -> {
            Map<String, LocalizedText> byId = new HashMap<>();
            Map<String, LocalizedText> all = names.getOrDefault(part, Map.of());
            ids.stream().filter(all::containsKey).forEach(id -> byId.put(id, all.get(id)));
            if (!byId.isEmpty()) {
                kept.put(part, byId);
            }
        });
        return kept;
    }

    private static Map<Part, Map<String, LocalizedText>> copy(Map<Part, Map<String, LocalizedText>> names) {
        Map<Part, Map<String, LocalizedText>> copy = new EnumMap<>(Part.class);
        names.forEach((part, byId) -> copy.put(part, Map.copyOf(byId)));
        return copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
    }
}
