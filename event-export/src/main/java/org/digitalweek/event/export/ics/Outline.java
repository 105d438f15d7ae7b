package org.digitalweek.event.export.ics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component as it stands in the text, before biweekly reads it: its name and lines, the names
 * of its properties with the line of the first of each and their number, and its components. The
 * importer takes its places from here, since biweekly's components carry no line numbers.
 */
final class Outline {

    /** Where a property of this component first appears, and how many times it does. */
    static final class Occurrences {
        private final int firstLine;
        private int count = 1;

        private Occurrences(int firstLine) {
            this.firstLine = firstLine;
        }

        /** @return the line of its first occurrence */
        int firstLine() {
            return firstLine;
        }

        /** @return how many times it appears */
        int count() {
            return count;
        }
    }

    private final String name;
    private final int line;
    private final Outline parent;
    private final int eventNumber;
    private final Map<String, Occurrences> properties = new LinkedHashMap<>();
    private final List<Outline> children = new ArrayList<>();
    private int endLine;
    private String uid;

    /**
     * @param name        the component's name, in upper case
     * @param line        the line of its {@code BEGIN}
     * @param parent      the component it is in, or null for a {@code VCALENDAR}
     * @param eventNumber for a {@code VEVENT} of a calendar, its number in the document from 1; else 0
     */
    Outline(String name, int line, Outline parent, int eventNumber) {
        this.name = name;
        this.line = line;
        this.parent = parent;
        this.eventNumber = eventNumber;
    }

    /**
     * @param property a property's name, in upper case
     * @param at       its line
     */
    void property(String property, int at) {
        Occurrences seen = properties.get(property);
        if (seen == null) {
            properties.put(property, new Occurrences(at));
        } else {
            seen.count++;
        }
    }

    /** @param child a component inside this one */
    void child(Outline child) {
        children.add(child);
    }

    /** @param at the line of its {@code END} */
    void end(int at) {
        endLine = at;
    }

    /** @param value the value of its first {@code UID}, as written */
    void uid(String value) {
        if (uid == null) {
            uid = value;
        }
    }

    /** @return the component's name */
    String name() {
        return name;
    }

    /** @return the line of its {@code BEGIN} */
    int line() {
        return line;
    }

    /** @return the line of its {@code END}; 0 while it is open */
    int endLine() {
        return endLine;
    }

    /** @return the component it is in, or null */
    Outline parent() {
        return parent;
    }

    /** @return its number among the document's events, from 1, or 0 when it is no event of a calendar */
    int eventNumber() {
        return eventNumber;
    }

    /** @return its UID as written, or null */
    String uid() {
        return uid;
    }

    /** @return its properties by name, in order of first appearance */
    Map<String, Occurrences> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** @return its components, in order */
    List<Outline> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * @param property a property's name
     * @return the line of its first occurrence here, or the line of this component's {@code BEGIN}
     */
    int lineOf(String property) {
        Occurrences seen = properties.get(property);
        return seen == null ? line : seen.firstLine;
    }

    /** @return the events of this calendar, in order */
    List<Outline> events() {
        return children.stream().filter(c -> c.eventNumber > 0).toList();
    }
}
