package org.digitalweek.event.cli.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.cli.fuzz.DocumentShape.Field;
import org.digitalweek.event.cli.fuzz.DocumentShape.Span;

/**
 * Finds the elements, attributes, texts and attribute values of a well-formed XML text written by
 * this library (no CDATA, no comment holding a tag), by matching its tags.
 */
final class XmlShape {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+[\\w.:-]+=\"([^\"]*)\"");

    private XmlShape() {
    }

    /**
     * @param text a well-formed XML text
     * @return its shape
     */
    static DocumentShape of(String text) {
        List<Field> fields = new ArrayList<>();
        List<Span> values = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        int previousEnd = -1;
        while (tag.find()) {
            if (previousEnd >= 0 && !text.substring(previousEnd, tag.start()).isBlank()) {
                values.add(new Span(previousEnd, tag.start()));
            }
            previousEnd = tag.end();
            attributes(tag, fields, values);
            if (!tag.group(1).isEmpty()) {
                Span element = new Span(open.pop(), tag.end());
                fields.add(new Field(element, element));
            } else if (!tag.group(4).isEmpty()) {
                Span element = new Span(tag.start(), tag.end());
                fields.add(new Field(element, element));
            } else {
                open.push(tag.start());
            }
        }
        return new DocumentShape(text, List.copyOf(fields), List.copyOf(values), "", "<%1$s>%2$s</%1$s>");
    }

    private static void attributes(Matcher tag, List<Field> fields, List<Span> values) {
        Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
        int offset = tag.start(3);
        while (attribute.find()) {
            Span whole = new Span(offset + attribute.start(), offset + attribute.end());
            fields.add(new Field(whole, whole));
            values.add(new Span(offset + attribute.start(1), offset + attribute.end(1)));
        }
    }
}
