package org.digitalweek.event.cli.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * Text on its way to a person's terminal, with every character that would act on the terminal
 * instead of showing shown as an escape: a title's carriage return cannot rewrite the line it is on,
 * a U+202E cannot reverse what follows, an escape sequence cannot move the cursor or hide text.
 *
 * <ul>
 *   <li>{@code \r} and {@code \t} as themselves; other C0 controls, DEL and the C1 controls, the
 *       bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line
 *       and paragraph separators (U+2028, U+2029) as {@code \}{@code uXXXX};</li>
 *   <li>line feeds pass: they end the lines the command prints (a table cell never holds one);</li>
 *   <li>a tab at the start of a line passes, for the stack trace of {@code --verbose};</li>
 *   <li>the colour and weight sequences the command prints itself ({@code ESC [ … m} with only
 *       bold, dim, italic, underline, colour and reset parameters) pass; any other escape is shown.</li>
 * </ul>
 *
 * <p>Only what the command prints for people goes through it: documents written to standard output
 * by {@code export} go through {@link java.io.OutputStream} and stay byte for byte.
 */
public final class VisibleControls extends FilterWriter {

    private static final char ESC = '\u001b';
    /** The longest {@code ESC [ … m} sequence taken as the command's own. */
    private static final int LONGEST_STYLE = 16;
    /** SGR parameters that change weight, slant, underline or colour, and reset them; no blink, no conceal. */
    private static final Set<Integer> STYLES = Set.of(0, 1, 2, 3, 4, 21, 22, 23, 24, 30, 31, 32, 33, 34, 35, 36, 37,
            39, 90, 91, 92, 93, 94, 95, 96, 97);
    private static final boolean CRLF = System.lineSeparator().equals("\r\n");

    private final StringBuilder style = new StringBuilder();
    private boolean lineStart = true;
    private boolean carriageReturn;

    /** @param out where the text goes */
    public VisibleControls(Writer out) {
        super(out);
    }

    /**
     * @param text some text
     * @return the text as this writer would print it
     */
    public static String escape(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.append(shown(c)));
        return shown.toString();
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (!style.isEmpty()) {
            continueStyle(ch);
        } else if (carriageReturn) {
            carriageReturn = false;
            if (ch == '\n') {
                emit("\r\n", true);
            } else {
                emit("\\r", false);
                write(c);
            }
        } else if (ch == ESC) {
            style.append(ch);
        } else if (ch == '\r' && CRLF) {
            carriageReturn = true;
        } else if (ch == '\n') {
            emit("\n", true);
        } else if (ch == '\t' && lineStart) {
            emit("\t", false);
        } else {
            emit(shown(ch), false);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!style.isEmpty()) {
            rejectStyle();
        }
        if (carriageReturn) {
            carriageReturn = false;
            emit("\\r", false);
        }
        out.close();
    }

    private void continueStyle(char ch) throws IOException {
        if (style.length() == 1 ? ch == '[' : Character.isDigit(ch) || ch == ';') {
            style.append(ch);
            if (style.length() > LONGEST_STYLE) {
                rejectStyle();
            }
        } else if (ch == 'm' && style.length() > 1 && allowed(style.substring(2))) {
            style.append(ch);
            emit(style.toString(), lineStart);
            style.setLength(0);
        } else {
            rejectStyle();
            write(ch);
        }
    }

    /** Shows the escape character and writes what followed it as ordinary text. */
    private void rejectStyle() throws IOException {
        String rest = style.substring(1);
        style.setLength(0);
        emit(shown(ESC), false);
        write(rest);
    }

    private static boolean allowed(String parameters) {
        for (String parameter : parameters.split(";", -1)) {
            if (parameter.isEmpty()) {
                continue; // ESC[m and ESC[;1m mean 0
            }
            if (parameter.length() > 3 || !STYLES.contains(Integer.parseInt(parameter))) {
                return false;
            }
        }
        return true;
    }

    private void emit(String text, boolean startsLine) throws IOException {
        out.write(text);
        lineStart = startsLine;
    }

    private static String shown(int c) {
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c == '\n') {
            return "\\n";
        }
        if (c < 0x20 || c >= 0x7f && c <= 0x9f || isBidiOrSeparator(c)) {
            return String.format("\\u%04X", c);
        }
        return Character.toString(c);
    }

    private static boolean isBidiOrSeparator(int c) {
        return c == 0x061c || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029;
    }
}
