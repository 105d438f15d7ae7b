package org.digitalweek.event.cli.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for the command line's {@code --json} output: two-space indentation,
 * one member or item per line, members in the order written. It escapes every character that could
 * act on a terminal (C0 and C1 controls, DEL, the bidirectional controls, the line and paragraph
 * separators), so a document is the same on a terminal and in a pipe. Kept apart from Jackson so
 * that the command line requires no JSON library of its own.
 *
 * <p>It trusts its caller to nest correctly (a bug, not a user's mistake, otherwise); a failure to
 * write is an {@link UncheckedIOException}.
 */
public final class JsonWriter {

    private static final String INDENT = "  ";

    private final Writer out;
    /** For each open object or array: whether it has a member or item yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    /** @param out where the document goes; flushed by {@link #finish()}, never closed */
    public JsonWriter(Writer out) {
        this.out = out;
    }

    /** @return this, after opening an object (a value: after {@link #name}, in an array, or at the top) */
    public JsonWriter beginObject() {
        return begin('{');
    }

    /** @return this, after closing the innermost object */
    public JsonWriter endObject() {
        return end('}');
    }

    /** @return this, after opening an array */
    public JsonWriter beginArray() {
        return begin('[');
    }

    /** @return this, after closing the innermost array */
    public JsonWriter endArray() {
        return end(']');
    }

    /**
     * @param name a member's name; its value comes next
     * @return this
     */
    public JsonWriter name(String name) {
        separate();
        string(name);
        write(": ");
        afterName = true;
        return this;
    }

    /**
     * @param value a string
     * @return this
     */
    public JsonWriter value(String value) {
        separate();
        string(value);
        return this;
    }

    /**
     * @param value a whole number
     * @return this
     */
    public JsonWriter value(long value) {
        separate();
        write(Long.toString(value));
        return this;
    }

    /**
     * @param value a truth value
     * @return this
     */
    public JsonWriter value(boolean value) {
        separate();
        write(Boolean.toString(value));
        return this;
    }

    /** @return this, after writing {@code null} */
    public JsonWriter nullValue() {
        separate();
        write("null");
        return this;
    }

    /**
     * @param name  a member's name
     * @param value its string value
     * @return this
     */
    public JsonWriter member(String name, String value) {
        return name(name).value(value);
    }

    /**
     * @param name  a member's name
     * @param value its numeric value
     * @return this
     */
    public JsonWriter member(String name, long value) {
        return name(name).value(value);
    }

    /**
     * @param name  a member's name
     * @param value its truth value
     * @return this
     */
    public JsonWriter member(String name, boolean value) {
        return name(name).value(value);
    }

    /** Ends the document with a line break and flushes it. */
    public void finish() {
        write(System.lineSeparator());
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter begin(char bracket) {
        separate();
        write(String.valueOf(bracket));
        open.push(new boolean[1]);
        return this;
    }

    private JsonWriter end(char bracket) {
        boolean any = open.pop()[0];
        if (any) {
            newLine();
        }
        write(String.valueOf(bracket));
        return this;
    }

    /** Before a name, or a value that follows no name: a comma after a sibling, then a new indented line. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] any = open.peek();
        if (any[0]) {
            write(",");
        }
        any[0] = true;
        newLine();
    }

    private void newLine() {
        write(System.lineSeparator());
        write(INDENT.repeat(open.size()));
    }

    private void string(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (escaped(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        write(quoted.append('"').toString());
    }

    /** The characters JSON requires escaped, and those that would act on a terminal rather than show. */
    private static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
