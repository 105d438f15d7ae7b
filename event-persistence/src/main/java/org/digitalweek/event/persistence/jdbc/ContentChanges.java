package org.digitalweek.event.persistence.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.Session;

/**
 * The rows a save must write to turn the stored content of one programme into another's: rows
 * whose key is new are inserted, rows whose key is gone are deleted, rows whose values differ are
 * updated (in a table others refer to) or deleted and inserted again (in any other); every other
 * row is left alone, so that a save after one edit touches a few rows and fires no foreign-key
 * check for the rest.
 *
 * <p>The statements go in an order that keeps every constraint true at every step: first the
 * changed and removed rows of tables nothing refers to; then, parents first, the new rows of
 * referenced tables and their updates; then, children first, their removed rows; last, parents
 * first, the new and changed rows of the tables nothing refers to.
 */
final class ContentChanges {

    /** Rows of one table: to insert, to update (in place) and to delete. */
    private record TableChanges(List<Object[]> inserts, List<Object[]> updates, List<Object[]> deletes) {
        TableChanges() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private final Map<ContentTable, TableChanges> changes = new EnumMap<>(ContentTable.class);

    private ContentChanges(ContentRows before, ContentRows after) {
        for (ContentTable table : ContentTable.values()) {
            changes.put(table, compare(table, before.of(table), after.of(table)));
        }
    }

    /**
     * @param before the edition as stored
     * @param after  the edition to store in its place
     * @return the rows that differ
     */
    static ContentChanges between(Edition before, Edition after) {
        IntPredicate unchanged = sameSessions(before.publicView().sessions(), after.publicView().sessions());
        return new ContentChanges(ContentRows.of(before.publicView(), before.internal(), unchanged),
                ContentRows.of(after.publicView(), after.internal(), unchanged));
    }

    /**
     * A session equal to the one at the same position before makes the same rows: they are left
     * out of both sides, which saves making and comparing them.
     */
    private static IntPredicate sameSessions(List<Session> before, List<Session> after) {
        return position -> position < before.size() && position < after.size()
                && before.get(position).equals(after.get(position));
    }

    private static TableChanges compare(ContentTable table, List<Object[]> before, List<Object[]> after) {
        TableChanges result = new TableChanges();
        Map<List<Object>, Object[]> stored = new HashMap<>(before.size() * 2);
        for (Object[] row : before) {
            stored.put(key(table, row), row);
        }
        for (Object[] row : after) {
            Object[] old = stored.remove(key(table, row));
            if (old == null) {
                result.inserts().add(row);
            } else if (!Arrays.equals(old, row)) {
                if (table.referenced()) {
                    result.updates().add(row);
                } else {
                    result.deletes().add(old);
                    result.inserts().add(row);
                }
            }
        }
        result.deletes().addAll(stored.values());
        return result;
    }

    private static List<Object> key(ContentTable table, Object[] row) {
        return Arrays.asList(row).subList(0, table.keyLength());
    }

    /** @return how many rows the save writes: inserted, updated and deleted */
    int size() {
        int size = 0;
        for (TableChanges table : changes.values()) {
            size += table.inserts().size() + table.updates().size() + table.deletes().size();
        }
        return size;
    }

    /**
     * Writes the changes, in batches, in the order that keeps every constraint true.
     *
     * @param writes where the programme's rows are
     * @throws SQLException when the database refuses
     */
    void apply(RowWrites writes) throws SQLException {
        ContentTable[] parentsFirst = ContentTable.values();
        for (ContentTable table : parentsFirst) {
            if (!table.referenced()) {
                writes.delete(table, changes.get(table).deletes());
            }
        }
        for (ContentTable table : parentsFirst) {
            if (table.referenced()) {
                writes.insert(table, changes.get(table).inserts());
                writes.update(table, changes.get(table).updates());
            }
        }
        for (int i = parentsFirst.length - 1; i >= 0; i--) {
            if (parentsFirst[i].referenced()) {
                writes.delete(parentsFirst[i], changes.get(parentsFirst[i]).deletes());
            }
        }
        for (ContentTable table : parentsFirst) {
            if (!table.referenced()) {
                writes.insert(table, changes.get(table).inserts());
            }
        }
    }
}
