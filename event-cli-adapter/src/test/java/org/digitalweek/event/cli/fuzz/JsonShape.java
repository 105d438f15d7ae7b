package org.digitalweek.event.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.cli.fuzz.DocumentShape.Field;
import org.digitalweek.event.cli.fuzz.DocumentShape.Span;

/** Finds the members, elements and values of a well-formed JSON text by a small recursive-descent scan. */
final class JsonShape {

    private final String text;
    private final List<Field> fields = new ArrayList<>();
    private final List<Span> values = new ArrayList<>();
    private int at;

    private JsonShape(String text) {
        this.text = text;
    }

    /**
     * @param text a well-formed JSON text
     * @return its shape
     */
    static DocumentShape of(String text) {
        JsonShape scan = new JsonShape(text);
        scan.value();
        return new DocumentShape(text, List.copyOf(scan.fields), List.copyOf(scan.values), ",", "\"%s\": %s");
    }

    private void value() {
        space();
        char c = text.charAt(at);
        int start = at;
        if (c == '{' || c == '[') {
            container(c == '{');
        } else {
            if (c == '"') {
                string();
            } else {
                while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                if (at == start) {
                    throw new IllegalArgumentException("not well-formed JSON at " + at);
                }
            }
        }
        values.add(new Span(start, at));
    }

    /** An object's members or an array's elements, each a field. */
    private void container(boolean object) {
        at++;
        space();
        List<Span> parts = new ArrayList<>();
        while (text.charAt(at) != (object ? '}' : ']')) {
            int start = at;
            if (object) {
                string();
                space();
                at++; // the colon
            }
            value();
            parts.add(new Span(start, at));
            space();
            if (text.charAt(at) == ',') {
                at++;
                space();
            }
        }
        at++;
        for (int i = 0; i < parts.size(); i++) {
            Span part = parts.get(i);
            Span delete = i + 1 < parts.size() ? new Span(part.start(), parts.get(i + 1).start())
                    : i > 0 ? new Span(parts.get(i - 1).end(), part.end()) : part;
            fields.add(new Field(part, delete));
        }
    }

    private void string() {
        at++;
        while (text.charAt(at) != '"') {
            at += text.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
