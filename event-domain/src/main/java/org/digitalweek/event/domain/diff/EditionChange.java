package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Objects;

/**
 * A change to an edition-level part of a programme: the edition's own facts, its theme, or an item
 * of one of its id-keyed lists (tracks, venues, rooms, ministries, participations, officials).
 *
 * @param part   what kind of item changed
 * @param id     the item's id; the edition's id (the later one) for {@link Part#EDITION} and {@link Part#THEME},
 *               the ministry's id for {@link Part#PARTICIPATION}
 * @param kind   whether the item was added, removed or changed
 * @param fields for {@link Kind#CHANGED}, the names of the components that changed, in record order (a room's
 *               {@code venue}, which is not a component of the room, comes last); empty otherwise
 */
public record EditionChange(Part part, String id, Kind kind, List<String> fields) {

    /** The edition-level parts, in the order a diff lists their changes. */
    public enum Part {
        /**
         * The edition's own facts: id, series, number, title, dates, zone, host city and country,
         * provenance. Never added or removed.
         */
        EDITION,
        /** The theme's title and description; its tracks are {@link #TRACK} items. Never added or removed. */
        THEME,
        /** A track of the theme, by track id. */
        TRACK,
        /** A venue's own components, its rooms aside, by venue id. */
        VENUE,
        /**
         * A room, by room id, whichever venue holds it; a room that moved to another venue changes its
         * {@code venue}.
         */
        ROOM,
        /** A ministry or other public body, by ministry id. */
        MINISTRY,
        /** A ministry's participation and its roles, by ministry id. */
        PARTICIPATION,
        /** A person on the programme, by official id. */
        OFFICIAL
    }

    /** What happened to the item. */
    public enum Kind {
        /** Only the later programme has it. */
        ADDED,
        /** Only the earlier programme had it. */
        REMOVED,
        /** Both have it, with different content. */
        CHANGED
    }

    /** Checks that the parts agree: fields are named for a change and only for a change; copies the list. */
    public EditionChange {
        Objects.requireNonNull(part, "'part' must not be null");
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(kind, "'kind' must not be null");
        fields = List.copyOf(Objects.requireNonNull(fields, "'fields' must not be null"));
        String where = "EditionChange of " + part + " '" + id + "'";
        Checks.require(!id.isBlank(), where, "id must not be blank");
        Checks.require(fields.isEmpty() == (kind != Kind.CHANGED), where,
                kind == Kind.CHANGED ? "a change must name a field" : "an item " + kind + " names no field");
    }
}
