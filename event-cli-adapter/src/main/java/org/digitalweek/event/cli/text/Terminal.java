package org.digitalweek.event.cli.text;

import java.util.Map;

/**
 * Where the output goes: a terminal (colour, and tables that fit its width) or a pipe or file
 * (plain text, nothing cut). Decided once, from the environment, without starting a process.
 *
 * @param colour whether to colour the output with ANSI escapes
 * @param width  the number of columns a line may use; {@link Integer#MAX_VALUE} when not a terminal
 */
public record Terminal(boolean colour, int width) {

    /** What a terminal that does not say its width is taken to have. */
    public static final int DEFAULT_WIDTH = 100;

    /** Plain output with no width limit, as for a pipe. */
    public static final Terminal PLAIN = new Terminal(false, Integer.MAX_VALUE);

    /**
     * @param interactive whether standard output is a terminal ({@code System.console() != null})
     * @param environment the environment variables
     * @return the terminal: colour unless {@code NO_COLOR} is set or {@code TERM} is {@code dumb};
     *         the width from {@code COLUMNS}, else {@value #DEFAULT_WIDTH}
     */
    public static Terminal detect(boolean interactive, Map<String, String> environment) {
        if (!interactive) {
            return PLAIN;
        }
        boolean colour = environment.get("NO_COLOR") == null && !"dumb".equals(environment.get("TERM"));
        int width = DEFAULT_WIDTH;
        String columns = environment.get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            width = Math.max(40, Integer.parseInt(columns.strip()));
        }
        return new Terminal(colour, width);
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
     * @param text  some text
     * @param style an ANSI SGR code, e.g. {@code 1} for bold or {@code 31} for red
     * @return the text in that style on a colour terminal, else the text
     */
    public String style(String text, String style) {
        return colour ? "\u001b[" + style + "m" + text + "\u001b[0m" : text;
    }
}
