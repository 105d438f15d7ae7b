package org.digitalweek.event.export.ics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * Follows the {@code BEGIN:}/{@code END:} lines of a calendar as its content lines come, and fails
 * as soon as the structure is broken: a document that does not begin with {@code BEGIN:VCALENDAR},
 * components nested too deeply, an {@code END} that closes another component than the last one
 * opened, or a document that ends inside a component (truncated).
 */
final class OutlineBuilder {

    private static final String CALENDAR = "VCALENDAR";

    private final String source;
    private final int maxDepth;
    private final Deque<Outline> open = new ArrayDeque<>();
    private final List<Outline> calendars = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int events;
    private String current = "";

    /**
     * @param source   the document's name
     * @param maxDepth how deeply components may nest
     */
    OutlineBuilder(String source, int maxDepth) {
        this.source = source;
        this.maxDepth = maxDepth;
    }

    /**
     * @param line  the line the content line starts on
     * @param head  its first characters (all of it when {@code whole})
     * @param whole whether {@code head} is the whole content line
     */
    void contentLine(int line, String head, boolean whole) {
        current = head;
        int colon = head.indexOf(':');
        int semicolon = head.indexOf(';');
        int end = colon < 0 ? semicolon : semicolon < 0 ? colon : Math.min(colon, semicolon);
        if (end < 0 && whole) {
            return; // no colon: biweekly skips the line and says so
        }
        String name = name(end < 0 ? head : head.substring(0, end));
        String value = colon < 0 ? "" : head.substring(colon + 1);
        if (name.equals("BEGIN")) {
            begin(line, name(value));
        } else if (name.equals("END")) {
            end(line, name(value));
        } else {
            property(line, name, value, whole);
        }
    }

    /**
     * @param lastLine the last line of the document
     * @return the calendars, once the document is whole
     * @throws UnreadableDocumentException when it is empty or ends inside a component
     */
    List<Outline> finish(int lastLine) {
        if (calendars.isEmpty()) {
            throw fail(DocumentPlace.line(1), "pas un document iCalendar : " + (current.isEmpty() ? "il est vide"
                    : "il n'a aucune ligne BEGIN:VCALENDAR"), "not an iCalendar document: " + (current.isEmpty()
                    ? "it is empty" : "it has no BEGIN:VCALENDAR line"));
        }
        if (!open.isEmpty()) {
            Outline inner = open.peek();
            throw fail(CalendarPlaces.of(lastLine, inner), "tronqué : le BEGIN:" + inner.name() + " de la ligne "
                    + inner.line() + " n'a pas de END:" + inner.name() + " avant la fin du document, ligne " + lastLine,
                    "truncated: BEGIN:" + inner.name() + " of line " + inner.line() + " has no END:" + inner.name()
                    + " before the document ends at line " + lastLine);
        }
        return List.copyOf(calendars);
    }

    /** @return what was skipped outside any calendar */
    List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Fails when no calendar has begun yet: a document whose first content line is not
     * {@code BEGIN:VCALENDAR} is no calendar, whatever else is wrong with it.
     *
     * @param line the line of the content line being read
     * @param head its first characters
     * @param whyFr what else is wrong there, for the message, in French
     * @param whyEn the same, in English
     * @throws UnreadableDocumentException when no calendar has begun
     */
    void requireCalendarBefore(int line, String head, String whyFr, String whyEn) {
        if (calendars.isEmpty()) {
            current = head;
            DocumentProblem notCalendar = notCalendar(line).problems().get(0);
            throw fail(notCalendar.place(), notCalendar.ruleFr() + " (" + whyFr + ")",
                    notCalendar.ruleEn() + " (" + whyEn + ")");
        }
    }

    /**
     * @param line     a line
     * @param property the property on it
     * @return where it is, for messages: {@code line 40 (DESCRIPTION, VEVENT 3, UID x)}
     */
    DocumentPlace placeOf(int line, String property) {
        String name = CalendarPlaces.abbreviate(name(property));
        if (open.isEmpty()) {
            return DocumentPlace.line(line).with(name);
        }
        DocumentPlace in = CalendarPlaces.describe(open.peek());
        return DocumentPlace.line(line).with(new DocumentPlace(name + ", " + in.french(), name + ", " + in.english()));
    }

    private void begin(int line, String component) {
        Outline parent = open.peek();
        if (parent == null && !component.equals(CALENDAR)) {
            throw calendars.isEmpty() ? notCalendar(line)
                    : fail(DocumentPlace.line(line), "BEGIN:" + component + " hors de tout VCALENDAR : les composants"
                    + " se placent entre BEGIN:VCALENDAR et END:VCALENDAR", "BEGIN:" + component + " outside any"
                    + " VCALENDAR: components belong between BEGIN:VCALENDAR and END:VCALENDAR");
        }
        if (parent != null && component.equals(CALENDAR)) {
            throw fail(CalendarPlaces.of(line, parent), "BEGIN:VCALENDAR dans le " + parent.name() + " de la ligne "
                    + parent.line() + ", qui n'est pas fermé : manque-t-il un END:" + parent.name() + " ?",
                    "BEGIN:VCALENDAR inside the " + parent.name() + " of line " + parent.line()
                    + ", which is not closed: is an END:" + parent.name() + " missing?");
        }
        if (open.size() >= maxDepth) {
            throw fail(CalendarPlaces.of(line, parent), "imbrication trop profonde : les composants (BEGIN:…/END:…)"
                    + " s'imbriquent sur " + maxDepth + " niveaux au plus", "too deeply nested: components"
                    + " (BEGIN:…/END:…) may be nested " + maxDepth + " levels deep at most");
        }
        boolean event = component.equals("VEVENT") && parent != null && parent.parent() == null;
        Outline outline = new Outline(component, line, parent, event ? ++events : 0);
        if (parent == null) {
            calendars.add(outline);
        } else {
            parent.child(outline);
        }
        open.push(outline);
    }

    private void end(int line, String component) {
        Outline closing = open.peek();
        if (closing == null) {
            throw calendars.isEmpty() ? notCalendar(line)
                    : fail(DocumentPlace.line(line), "END:" + component + " ne ferme rien : aucun composant n'est"
                    + " ouvert ici", "END:" + component + " closes nothing: no component is open here");
        }
        if (!closing.name().equals(component)) {
            throw fail(CalendarPlaces.of(line, closing), "END:" + component + " ne ferme pas le BEGIN:"
                    + closing.name() + " de la ligne " + closing.line() + " : les composants se ferment dans l'ordre"
                    + " inverse de leur ouverture", "END:" + component + " does not close the BEGIN:" + closing.name()
                    + " of line " + closing.line() + ": components close in the order they open");
        }
        closing.end(line);
        open.pop();
    }

    private void property(int line, String name, String value, boolean whole) {
        Outline component = open.peek();
        if (component == null) {
            if (calendars.isEmpty()) {
                throw notCalendar(line);
            }
            warnings.add(new ImportWarning(DocumentPlace.line(line).with(CalendarPlaces.abbreviate(name)),
                    "ligne hors de tout VCALENDAR ignorée",
                    "line outside any VCALENDAR ignored"));
            return;
        }
        component.property(name, line);
        if (name.equals("UID") && whole) {
            component.uid(value.strip());
        }
    }

    private UnreadableDocumentException notCalendar(int line) {
        String start = CalendarPlaces.abbreviate(current);
        return fail(DocumentPlace.line(line), "pas un document iCalendar : il doit commencer par BEGIN:VCALENDAR,"
                + " pas par « " + start + " »", "not an iCalendar document: it must begin with BEGIN:VCALENDAR, not '"
                + start + "'");
    }

    private UnreadableDocumentException fail(DocumentPlace place, String ruleFr, String ruleEn) {
        return new UnreadableDocumentException(source, place, ruleFr, ruleEn);
    }

    /** A name as iCalendar compares them: in upper case, without a group prefix ({@code item1.}). */
    private static String name(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
