package org.digitalweek.event.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where the output goes: a terminal (colour, and lines that fit its width) or a pipe or file
 * (plain text, nothing cut or wrapped); and whether standard error is a terminal, where progress
 * lines may be drawn.
 *
 * @param colour        whether to colour the output with ANSI escapes
 * @param width         the number of display columns a line may use; {@link Integer#MAX_VALUE} when
 *                      standard output is not a terminal
 * @param errIsTerminal whether standard error is a terminal
 */
public record Terminal(boolean colour, int width, boolean errIsTerminal) {

    /** What a terminal that does not say its width is taken to have: the width terminals open with. */
    public static final int DEFAULT_WIDTH = 80;

    /** The narrowest width taken from the terminal or {@code COLUMNS}: narrower, tables cannot be read. */
    public static final int NARROWEST = 40;

    /** Plain output with no width limit, as for a pipe; standard error not a terminal either. */
    public static final Terminal PLAIN = new Terminal(false, Integer.MAX_VALUE, false);

    /**
     * A terminal on standard output, with standard error not a terminal.
     *
     * @param colour whether to colour the output
     * @param width  the display columns a line may use
     */
    public Terminal(boolean colour, int width) {
        this(colour, width, false);
    }

    /** The width of the terminal, as far as it can be found out without {@code COLUMNS}. */
    public interface Size {

        /** @return the number of columns the terminal says it has, if it says */
        OptionalInt columns();
    }

    /**
     * @param outIsTerminal whether standard output is a terminal
     * @param errIsTerminal whether standard error is a terminal
     * @param environment   the environment variables
     * @param size          the terminal's own width, asked only when standard output is a terminal
     * @return plain output when standard output is not a terminal; else colour unless {@code NO_COLOR}
     *         is set or {@code TERM} is {@code dumb}, and the width the terminal gives, else
     *         {@code COLUMNS}, else {@value #DEFAULT_WIDTH}, never less than {@value #NARROWEST}
     */
    public static Terminal detect(boolean outIsTerminal, boolean errIsTerminal, Map<String, String> environment,
                                  Size size) {
        if (!outIsTerminal) {
            return errIsTerminal ? new Terminal(false, Integer.MAX_VALUE, true) : PLAIN;
        }
        boolean colour = environment.get("NO_COLOR") == null && !"dumb".equals(environment.get("TERM"));
        OptionalInt columns = size.columns();
        if (columns.isEmpty()) {
            columns = columns(environment.get("COLUMNS"));
        }
        return new Terminal(colour, Math.max(NARROWEST, columns.orElse(DEFAULT_WIDTH)), errIsTerminal);
    }

    /**
     * @param text a number of columns, e.g. from {@code COLUMNS} or {@code stty size}; null for none
     * @return the number, when it is one of 1 to 4 digits and not 0
     */
    public static OptionalInt columns(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return OptionalInt.empty();
        }
        int columns = Integer.parseInt(text.strip());
        return columns == 0 ? OptionalInt.empty() : OptionalInt.of(columns);
    }

    /**
     * @return whether the output is a person's terminal, where control characters in the data are
     *         shown escaped ({@link VisibleControls}); a pipe or a file, which has no width limit, gets
     *         the text as it is
     */
    public boolean isTerminal() {
        return width != Integer.MAX_VALUE;
    }

    /**
     * @param data a text from the data (a title, a name) printed on a line of its own making
     * @return on a terminal, the text with its line breaks shown escaped, so that it cannot start a
     *         line of its own (its other controls are escaped on the way out, {@link VisibleControls});
     *         elsewhere, the text as it is
     */
    public String oneLine(String data) {
        return isTerminal() ? data.replace("\r", "\\r").replace("\n", "\\n") : data;
    }

    /**
     * @param text   a line of text, without style escapes
     * @param indent how many spaces start each continuation line
     * @return on a terminal, the line with its controls shown escaped ({@link VisibleControls}), broken
     *         at spaces into lines that fit the width, continuation lines indented; elsewhere, the line
     *         as it is
     */
    public List<String> wrap(String text, int indent) {
        if (!isTerminal()) {
            return List.of(text);
        }
        String line = VisibleControls.escape(oneLine(text));
        if (DisplayWidth.of(line) <= width) {
            return List.of(line);
        }
        int shown = Math.min(indent, width / 2);
        List<String> first = WordWrap.lines(line, width);
        String rest = line.substring(first.get(0).length()).strip();
        List<String> lines = new ArrayList<>();
        lines.add(first.get(0));
        String margin = " ".repeat(shown);
        for (String part : WordWrap.lines(rest, width - shown)) {
            lines.add(margin + part);
        }
        return lines;
    }

    /**
     * @param text  some text
     * @param style an ANSI SGR code, e.g. {@code 1} for bold or {@code 31} for red
     * @return the text in that style on a colour terminal, else the text
     */
    public String style(String text, String style) {
        return colour ? "\u001b[" + style + "m" + text + "\u001b[0m" : text;
    }
}
