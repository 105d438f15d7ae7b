package org.digitalweek.event.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns are as wide as their widest cell, except the last, which is cut
 * (with {@code …}) so that each line fits the terminal. Cells never hold line breaks: on a terminal,
 * controls are shown escaped ({@link VisibleControls}); elsewhere, runs of white space become one space.
 */
public final class Table {

    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** @param headings the column headings */
    public Table(String... headings) {
        this.columns = headings.length;
        rows.add(headings.clone());
    }

    /**
     * @param cells one cell per column; null is empty
     * @return this table
     */
    public Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(columns + " cells expected, " + cells.length + " given");
        }
        String[] kept = new String[columns];
        for (int i = 0; i < columns; i++) {
            kept[i] = cells[i] == null ? "" : cells[i];
        }
        rows.add(kept);
        return this;
    }

    /** @return whether the table has rows besides its headings */
    public boolean isEmpty() {
        return rows.size() == 1;
    }

    /**
     * @param terminal where it is printed: its width, and whether headings are bold
     * @return the lines of the table, headings first
     */
    public List<String> lines(Terminal terminal) {
        List<String[]> rows = this.rows.stream().map(row -> cells(row, terminal)).toList();
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row[i] : pad(row[i], widths[i]) + GAP);
            }
            String text = fit(line.toString().stripTrailing(), terminal.width());
            lines.add(r == 0 ? terminal.style(text, "1") : text);
        }
        return lines;
    }

    /**
     * On a terminal, a cell's controls are shown escaped (a line break as {@code \n}), before its
     * width is measured so that the columns stay straight; elsewhere, runs of white space become one
     * space. Either way a cell is one line.
     */
    private static String[] cells(String[] row, Terminal terminal) {
        String[] shown = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            String cell = terminal.isTerminal() ? VisibleControls.escape(row[i].strip()) : row[i];
            shown[i] = cell.replaceAll("\\s+", " ").strip();
        }
        return shown;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
    }

    /**
     * @param text  a line
     * @param width the columns it may use
     * @return the line, cut with {@code …} when longer
     */
    public static String fit(String text, int width) {
        int length = text.codePointCount(0, text.length());
        if (length <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))).stripTrailing() + "…";
    }
}
