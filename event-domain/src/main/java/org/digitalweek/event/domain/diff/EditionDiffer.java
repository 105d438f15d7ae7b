package org.digitalweek.event.domain.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;

/** Compares everything of two programmes but their sessions. */
final class EditionDiffer {

    /** Status, version and publishedAt are left out: they change with every save, not with the content. */
    static final List<Component<PublicEdition>> EDITION = List.of(
            Component.of("id", PublicEdition::id),
            Component.of("series", PublicEdition::series),
            Component.of("number", PublicEdition::number),
            Component.of("title", PublicEdition::title),
            Component.of("dates", PublicEdition::dates),
            Component.of("zone", PublicEdition::zone),
            Component.of("hostCity", PublicEdition::hostCity),
            Component.of("hostCountry", PublicEdition::hostCountry),
            Component.of("provenance", PublicEdition::provenance));

    static final List<Component<Theme>> THEME = List.of(
            Component.of("title", Theme::title),
            Component.of("description", Theme::description));

    static final List<Component<Track>> TRACK = List.of(Component.of("name", Track::name));

    static final List<Component<Venue>> VENUE = List.of(
            Component.of("name", Venue::name),
            Component.of("shortName", Venue::shortName),
            Component.of("city", Venue::city),
            Component.of("country", Venue::country),
            Component.of("provenance", Venue::provenance));

    static final List<Component<PlacedRoom>> ROOM = List.of(
            Component.of("name", r -> r.room().name()),
            Component.of("capacity", r -> r.room().capacity()),
            Component.of("sharedSpace", r -> r.room().sharedSpace()),
            Component.of("provenance", r -> r.room().provenance()),
            Component.of("venue", PlacedRoom::venue));

    static final List<Component<Ministry>> MINISTRY = List.of(
            Component.of("country", Ministry::country),
            Component.of("name", Ministry::name),
            Component.of("acronym", Ministry::acronym),
            Component.of("provenance", Ministry::provenance));

    static final List<Component<Participation>> PARTICIPATION = List.of(
            Component.of("roles", Participation::roles));

    static final List<Component<Official>> OFFICIAL = List.of(
            Component.of("fullName", Official::fullName),
            Component.of("honorific", Official::honorific),
            Component.of("postTitle", Official::postTitle),
            Component.of("ministry", Official::ministry),
            Component.of("precedence", Official::precedence),
            Component.of("provenance", Official::provenance));

    /**
     * A room with the venue that holds it, so that a room is compared by its id alone.
     *
     * @param venue the venue that holds it
     * @param room  the room
     */
    record PlacedRoom(VenueId venue, Room room) {
    }

    private EditionDiffer() {
    }

    /** @return the changes from {@code before} to {@code after}, by part, then id */
    static List<EditionChange> changes(PublicEdition before, PublicEdition after) {
        List<EditionChange> changes = new ArrayList<>();
        String editionId = after.id().value();
        compare(Part.EDITION, editionId, EDITION, before, after, changes);
        compare(Part.THEME, editionId, THEME, before.theme(), after.theme(), changes);
        compare(Part.TRACK, TRACK, before.theme().tracks(), after.theme().tracks(), t -> t.id().value(), changes);
        compare(Part.VENUE, VENUE, before.venues(), after.venues(), v -> v.id().value(), changes);
        compare(Part.ROOM, ROOM, placedRooms(before), placedRooms(after), r -> r.room().id().value(), changes);
        compare(Part.MINISTRY, MINISTRY, before.ministries(), after.ministries(), m -> m.id().value(), changes);
        compare(Part.PARTICIPATION, PARTICIPATION, before.participations(), after.participations(),
                p -> p.ministry().value(), changes);
        compare(Part.OFFICIAL, OFFICIAL, before.officials(), after.officials(), o -> o.id().value(), changes);
        return changes;
    }

    /**
     * @return the people both programmes have whose own record changed, by id: what each session
     *         they take part in reports as a change of its participants
     */
    static Map<OfficialId, OfficialChanged> changedOfficials(PublicEdition before, PublicEdition after) {
        Map<OfficialId, OfficialChanged> changed = new HashMap<>();
        for (Official is : after.officials()) {
            before.official(is.id()).ifPresent(was -> {
                List<String> fields = Component.changed(OFFICIAL, was, is);
                if (!fields.isEmpty()) {
                    changed.put(is.id(), new OfficialChanged(was, is, fields));
                }
            });
        }
        return changed;
    }

    /** Compares one item that both programmes have. */
    private static <T> void compare(Part part, String id, List<Component<T>> components, T before, T after,
                                    List<EditionChange> changes) {
        List<String> fields = Component.changed(components, before, after);
        if (!fields.isEmpty()) {
            changes.add(new EditionChange(part, id, Kind.CHANGED, fields));
        }
    }

    /** Compares two lists of items keyed by id; reports in id order. */
    private static <T> void compare(Part part, List<Component<T>> components, List<T> before, List<T> after,
                                    Function<T, String> id, List<EditionChange> changes) {
        Map<String, T> earlier = byId(before, id);
        Map<String, T> later = byId(after, id);
        SortedSet<String> ids = new TreeSet<>(earlier.keySet());
        ids.addAll(later.keySet());
        for (String key : ids) {
            T was = earlier.get(key);
            T is = later.get(key);
            if (was == null) {
                changes.add(new EditionChange(part, key, Kind.ADDED, List.of()));
            } else if (is == null) {
                changes.add(new EditionChange(part, key, Kind.REMOVED, List.of()));
            } else {
                compare(part, key, components, was, is, changes);
            }
        }
    }

    private static <T> SortedMap<String, T> byId(List<T> items, Function<T, String> id) {
        SortedMap<String, T> byId = new TreeMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    private static List<PlacedRoom> placedRooms(PublicEdition edition) {
        return edition.venues().stream()
                .flatMap(v -> v.rooms().stream().map(r -> new PlacedRoom(v.id(), r)))
                .toList();
    }
}
