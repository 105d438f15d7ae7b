package org.digitalweek.event.export.ics;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * Where something is in a calendar, for people: {@code line 12 (VEVENT 3, UID talk-1@example.org)},
 * {@code line 14 (VALARM in VEVENT 3, UID …)} or {@code line 2 (VCALENDAR)}.
 */
final class CalendarPlaces {

    private static final int LONGEST_QUOTE = 60;

    private CalendarPlaces() {
    }

    /**
     * @param line      a line of the document, from 1
     * @param component the component that holds it, or null outside any
     * @return the place
     */
    static DocumentPlace of(int line, Outline component) {
        return component == null ? DocumentPlace.line(line) : DocumentPlace.line(line).with(describe(component));
    }

    /**
     * @param component a component
     * @return it for people: {@code VEVENT 3, UID x}, {@code VALARM dans VEVENT 3} / {@code VALARM in VEVENT 3}, {@code VCALENDAR};
     *         a component inside an event is named with the event, however deep it is
     */
    static DocumentPlace describe(Outline component) {
        if (component.eventNumber() > 0) {
            String uid = component.uid();
            return DocumentPlace.same("VEVENT " + component.eventNumber() + (uid == null || uid.isBlank() ? ""
                    : ", UID " + abbreviate(uid.strip())));
        }
        for (Outline outer = component.parent(); outer != null; outer = outer.parent()) {
            if (outer.eventNumber() > 0) {
                return DocumentPlace.same(component.name()).in(describe(outer));
            }
        }
        return DocumentPlace.same(component.name());
    }

    /**
     * @param text some text of the document
     * @return it, cut short when long, so that one message stays one line
     */
    static String abbreviate(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= LONGEST_QUOTE ? oneLine : oneLine.substring(0, LONGEST_QUOTE) + "…";
    }
}
