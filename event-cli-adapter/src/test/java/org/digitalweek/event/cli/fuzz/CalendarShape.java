package org.digitalweek.event.cli.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.digitalweek.event.cli.fuzz.DocumentShape.Field;
import org.digitalweek.event.cli.fuzz.DocumentShape.Span;

/**
 * Finds the content lines (with their folded continuations), the components and the values of an
 * iCalendar text with CRLF line ends: the value after the first colon, and each parameter's value.
 */
final class CalendarShape {

    private CalendarShape() {
    }

    /**
     * @param text an iCalendar text
     * @return its shape
     */
    static DocumentShape of(String text) {
        List<Field> fields = new ArrayList<>();
        List<Span> values = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            Span line = new Span(start, end);
            fields.add(new Field(line, line));
            String content = line.of(text);
            if (content.startsWith("BEGIN:")) {
                open.push(start);
            } else if (content.startsWith("END:") && !open.isEmpty()) {
                Span component = new Span(open.pop(), end);
                fields.add(new Field(component, component));
            }
            values(text, line, values);
            start = end;
        }
        return new DocumentShape(text, List.copyOf(fields), List.copyOf(values), "", "%s:%s\r\n");
    }

    /** The end of the content line that starts at {@code start}, after its CRLF and its folded lines. */
    private static int lineEnd(String text, int start) {
        int end = start;
        do {
            int crlf = text.indexOf("\r\n", end);
            end = crlf < 0 ? text.length() : crlf + 2;
        } while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t'));
        return end;
    }

    private static void values(String text, Span line, List<Span> values) {
        int colon = text.indexOf(':', line.start());
        int stop = text.startsWith("\r\n", line.end() - 2) ? line.end() - 2 : line.end();
        if (colon < 0 || colon >= stop) {
            return;
        }
        values.add(new Span(colon + 1, stop));
        for (int equals = text.indexOf('=', line.start()); equals >= 0 && equals < colon;
             equals = text.indexOf('=', equals + 1)) {
            int end = equals + 1;
            while (end < colon && text.charAt(end) != ';') {
                end++;
            }
            values.add(new Span(equals + 1, end));
        }
    }
}
