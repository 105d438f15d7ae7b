package org.digitalweek.event.persistence.jdbc;

import java.util.Arrays;
import java.util.List;

/**
 * The tables of a programme's content (every table keyed by {@code (edition_id, release_number)}
 * but {@code editions} and {@code releases}), parents before children, with what a save needs to
 * know of each: its columns after the two common ones, the first of which make its primary key, and
 * whether another table's foreign key refers to it.
 *
 * <p>A row changed in a table that others refer to is updated in place, so that its children stay;
 * a row changed in a table that nothing refers to is deleted and inserted again, which keeps the
 * {@code UNIQUE} constraints of participants and languages true at every step of a save.
 */
enum ContentTable {

    SERIES("series", 0, false, "series_id, host_country"),
    TRACKS("tracks", 1, true, "track_id, position"),
    VENUES("venues", 1, true, "venue_id, position, short_name, city, country, illustrative"),
    ROOMS("rooms", 1, true, "room_id, venue_id, position, capacity, shared_space, illustrative"),
    MINISTRIES("ministries", 1, true, "ministry_id, position, country, acronym, illustrative"),
    PARTICIPATIONS("participations", 1, true, "ministry_id, position"),
    PARTICIPATION_ROLES("participation_roles", 2, false, "ministry_id, role"),
    OFFICIALS("officials", 1, true,
            "official_id, position, full_name, honorific, ministry_id, precedence_rank, illustrative"),
    SESSIONS("sessions", 1, true, "session_id, position, session_type, track_id, starts_at, starts_at_nano,"
            + " ends_at, ends_at_nano, room_id, status, expected_attendance, parallel_allowed, origin_edition_id,"
            + " origin_session_id, illustrative, source_guid, source_id, source_slug, source_kind, url"),
    SESSION_PARTICIPANTS("session_participants", 2, false, "session_id, position, official_id, role, mandate_rank"),
    SESSION_LANGUAGES("session_languages", 2, false, "session_id, position, language"),
    SESSION_LINKS("session_links", 2, false, "session_id, position, url, kind"),
    STATEMENTS("statements", 2, false, "session_id, position, speaker_id, quotation, language, illustrative"),
    TEXTS("texts", 5, false, "owner_kind, owner_id, owner_position, field, language, value"),
    PROTOCOL_FILES("protocol_files", 1, true, "official_id, notes"),
    PROTOCOL_CONTACTS("protocol_contacts", 2, false, "official_id, position, kind, value");

    private final String table;
    private final int keyLength;
    private final boolean referenced;
    private final List<String> columns;

    /**
     * @param table      the table's name
     * @param keyLength  how many of the columns, after the two common ones, make the primary key
     * @param referenced whether a foreign key of another content table refers to this one
     * @param columns    the columns after the two common ones, key first; a time's {@code _nano}
     *                   column follows it, and one value (a {@link java.time.LocalDateTime}) fills both
     */
    ContentTable(String table, int keyLength, boolean referenced, String columns) {
        this.table = table;
        this.keyLength = keyLength;
        this.referenced = referenced;
        this.columns = Arrays.stream(columns.split(",")).map(String::strip).toList();
    }

    /** @return how many values of a row, first, make its key */
    int keyLength() {
        return keyLength;
    }

    /** @return whether a foreign key of another table refers to this one */
    boolean referenced() {
        return referenced;
    }

    /** @return an {@code INSERT} of one row: the two common values, then the row's */
    String insert() {
        return "INSERT INTO " + table + " (edition_id, release_number, " + String.join(", ", columns)
                + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")";
    }

    /** @return a {@code DELETE} of one row: the two common values, then the row's key */
    String delete() {
        return "DELETE FROM " + table + " WHERE " + whereKey();
    }

    /**
     * @return an {@code UPDATE} of one row's other columns: the row's values after its key, then
     *         the two common values and the key
     */
    String update() {
        StringBuilder set = new StringBuilder();
        for (String column : columns.subList(keyLength, columns.size())) {
            set.append(set.length() == 0 ? "" : ", ").append(column).append(" = ?");
        }
        return "UPDATE " + table + " SET " + set + " WHERE " + whereKey();
    }

    private String whereKey() {
        StringBuilder where = new StringBuilder("edition_id = ? AND release_number = ?");
        for (String column : columns.subList(0, keyLength)) {
            where.append(" AND ").append(column).append(" = ?");
        }
        return where.toString();
    }
}
