package org.digitalweek.event.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns are as wide as their widest cell, measured in display columns
 * ({@link DisplayWidth}). On a terminal too narrow for it, every line still fits:
 *
 * <ol>
 *   <li>the columns marked {@link #shortening} lose their ends ({@code …}), and those marked
 *       {@link #folding} go on over continuation lines, broken at spaces, the widest first, down to
 *       {@value #SHORTEST} columns or their widest word (or their heading's width, if wider);</li>
 *   <li>then the wrapping column (the last, unless {@link #wrapping} says otherwise: a title) takes
 *       the width left, down to {@value #NARROWEST} columns, and its cells go on over continuation
 *       lines, broken at spaces, under the column;</li>
 *   <li>when even that leaves it too little room, its cells go on lines of their own under each row,
 *       indented, and the other columns shorten as in 1;</li>
 *   <li>a line that still does not fit (a terminal narrower than the columns that never shorten)
 *       is cut with {@code …}.</li>
 * </ol>
 *
 * <p>Piped output ({@link Terminal#PLAIN}) is never shortened or wrapped. Cells never hold line
 * breaks: on a terminal, controls are shown escaped ({@link VisibleControls}); elsewhere, runs of
 * white space become one space.
 */
public final class Table {

    private static final String GAP = "  ";
    /** The narrowest a shortening column becomes. */
    static final int SHORTEST = 14;
    /** The narrowest a wrapping column becomes beside the others, before its cells go under the rows. */
    static final int NARROWEST = 20;
    /** How far the cells of the wrapping column are indented when they go under the rows. */
    private static final int UNDER = 4;

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] shortens;
    private final boolean[] folds;
    private int wraps;

    /** @param headings the column headings */
    public Table(String... headings) {
        this.columns = headings.length;
        this.shortens = new boolean[columns];
        this.folds = new boolean[columns];
        this.wraps = columns - 1;
        rows.add(headings.clone());
    }

    /**
     * @param indexes the columns, from 0, that may lose their ends on a narrow terminal (a room, a
     *                kind), never the wrapping one
     * @return this table
     */
    public Table shortening(int... indexes) {
        for (int i : indexes) {
            shortens[i] = i != wraps;
        }
        return this;
    }

    /**
     * @param indexes the columns, from 0, whose cells may go on over continuation lines on a narrow
     *                terminal, broken at spaces but never cut, never the wrapping one; in their cells,
     *                a no-break space keeps its parts together (a time's {@code mer. 4 févr. 18:00})
     *                and is printed as a space
     * @return this table
     */
    public Table folding(int... indexes) {
        for (int i : indexes) {
            folds[i] = i != wraps;
            shortens[i] = false;
        }
        return this;
    }

    /**
     * @param index the column, from 0, that wraps onto continuation lines on a narrow terminal; the last by default
     * @return this table
     */
    public Table wrapping(int index) {
        if (index < 0 || index >= columns) {
            throw new IllegalArgumentException("no column " + index);
        }
        wraps = index;
        shortens[index] = false;
        folds[index] = false;
        return this;
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
     * @return the lines of the table, headings first, one line per row on a terminal wide enough
     *         and in a pipe; see {@link #rows(Terminal)} for the rows' lines on a narrow terminal
     */
    public List<String> lines(Terminal terminal) {
        List<String> lines = new ArrayList<>();
        rows(terminal).forEach(lines::addAll);
        return lines;
    }

    /**
     * @param terminal where it is printed
     * @return the lines of each row, headings first: a row takes more than one line where its
     *         wrapping cell goes on over continuation lines
     */
    public List<List<String>> rows(Terminal terminal) {
        List<String[]> shown = new ArrayList<>();
        for (String[] row : rows) {
            shown.add(cells(row, terminal));
        }
        int[] natural = new int[columns];
        int[] least = new int[columns];
        for (String[] row : shown) {
            for (int i = 0; i < columns; i++) {
                natural[i] = Math.max(natural[i], DisplayWidth.of(row[i]));
                least[i] = Math.max(least[i], folds[i] ? widestWord(row[i]) : 0);
            }
        }
        for (int i = 0; i < columns; i++) {
            int heading = DisplayWidth.of(shown.get(0)[i]);
            least[i] = shortens[i] ? Math.min(natural[i], Math.max(SHORTEST, heading))
                    : folds[i] ? Math.max(least[i], Math.min(natural[i], Math.max(SHORTEST, heading))) : natural[i];
        }
        Layout layout = Layout.of(natural, least, wraps, folds, terminal.width());
        List<List<String>> lines = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            List<String> rowLines = layout.lines(shown.get(r), terminal.width());
            if (r == 0) {
                rowLines.replaceAll(line -> terminal.style(line, "1"));
            }
            lines.add(rowLines);
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

    private static int widestWord(String cell) {
        int widest = 0;
        for (String word : cell.split(" ")) {
            widest = Math.max(widest, DisplayWidth.of(word));
        }
        return widest;
    }

    /**
     * @param text  a line
     * @param width the display columns it may use
     * @return the line, cut with {@code …} when wider
     */
    public static String fit(String text, int width) {
        return DisplayWidth.cut(text, width);
    }

    /**
     * The width of each column, and whether the wrapping column goes under the rows.
     *
     * @param widths the display columns of each column
     * @param wraps  the wrapping column
     * @param folds  the columns whose cells go on over continuation lines rather than lose their ends
     * @param under  whether the wrapping column's cells go on lines of their own under each row
     */
    private record Layout(int[] widths, int wraps, boolean[] folds, boolean under) {

        static Layout of(int[] natural, int[] least, int wraps, boolean[] folds, int width) {
            int[] widths = natural.clone();
            if (total(widths, -1) <= width) {
                return new Layout(widths, wraps, folds, false);
            }
            shorten(widths, least, wraps, total(widths, -1) - width);
            int left = width - total(widths, wraps) - GAP.length();
            if (left >= Math.min(natural[wraps], NARROWEST)) {
                widths[wraps] = Math.min(natural[wraps], left);
                return new Layout(widths, wraps, folds, false);
            }
            widths = natural.clone();
            shorten(widths, least, wraps, total(widths, wraps) - width);
            widths[wraps] = Math.max(1, width - UNDER);
            return new Layout(widths, wraps, folds, true);
        }

        /** Takes {@code excess} columns from the columns that may narrow, one at a time from the widest. */
        private static void shorten(int[] widths, int[] least, int wraps, int excess) {
            while (excess > 0) {
                int widest = -1;
                for (int i = 0; i < widths.length; i++) {
                    if (i != wraps && widths[i] > least[i] && (widest < 0 || widths[i] > widths[widest])) {
                        widest = i;
                    }
                }
                if (widest < 0) {
                    return;
                }
                widths[widest]--;
                excess--;
            }
        }

        /** The columns a line takes, gaps included, leaving out column {@code without} (none if -1). */
        private static int total(int[] widths, int without) {
            int total = 0;
            int shown = 0;
            for (int i = 0; i < widths.length; i++) {
                if (i != without) {
                    total += widths[i];
                    shown++;
                }
            }
            return total + GAP.length() * Math.max(0, shown - 1);
        }

        List<String> lines(String[] row, int width) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < row.length; i++) {
                boolean wrapsHere = i == wraps && !under;
                cells.add(folds[i] ? folded(row[i], widths[i])
                        : wrapsHere ? WordWrap.lines(row[i], widths[i]) : List.of(DisplayWidth.cut(row[i], widths[i])));
                height = Math.max(height, i == wraps && under ? 1 : cells.get(i).size());
            }
            List<String> wrapped = WordWrap.lines(row[wraps], widths[wraps]);
            List<String> lines = new ArrayList<>();
            int last = under ? lastBesides(row.length) : row.length - 1;
            for (int l = 0; l < height; l++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i <= last; i++) {
                    if (under && i == wraps) {
                        continue;
                    }
                    String cell = l < cells.get(i).size() ? cells.get(i).get(l) : "";
                    line.append(i == last ? cell : DisplayWidth.pad(cell, widths[i]) + GAP);
                }
                lines.add(DisplayWidth.cut(line.toString().stripTrailing(), width));
            }
            if (under && !row[wraps].isEmpty()) {
                String indent = " ".repeat(UNDER);
                wrapped.forEach(part -> lines.add(DisplayWidth.cut(indent + part, width)));
            }
            return lines;
        }

        private static List<String> folded(String cell, int width) {
            List<String> lines = new ArrayList<>();
            for (String line : WordWrap.lines(cell, width)) {
                lines.add(line.replace('\u00a0', ' '));
            }
            return lines;
        }

        /** The last column shown on a row when the wrapping column goes under it. */
        private int lastBesides(int count) {
            return wraps == count - 1 ? count - 2 : count - 1;
        }
    }
}
