package org.digitalweek.event.export.schedule;

import java.io.FilterReader;

import org.digitalweek.event.domain.error.DocumentPlace;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Lines as editors and {@code grep -n} count them, for the places in messages. Parsers (the JDK's
 * XML reader, Jackson) end a line at every CR, LF and CRLF; but a lone CR inside a file whose lines
 * end with LF is a stray character, not a line break: after it, the parsers' lines run ahead of the
 * editor's. This counts the characters the parser reads and turns its lines and columns into the
 * editor's: a lone CR is a line break only in a file with no LF at all (old Mac line ends).
 */
public final class LineBreaks {

    private final int shiftAfterCr;
    private int breaks; // the parser's line breaks so far: CR, LF and CRLF each one
    private boolean afterCr;
    private boolean sawLf;
    private int sinceLineStart; // characters since the last LF or CRLF: the editor's column, less one
    private int crPrefix; // sinceLineStart just after the pending CR
    private int[] loneLines = new int[4]; // the parser's line that starts after each lone CR, increasing
    private int[] prefixes = new int[4]; // the editor's column, less one, where that parser line starts
    private int lone;

    /** Lines for a parser that counts columns as editors do on every line. */
    public LineBreaks() {
        this(0);
    }

    private LineBreaks(int shiftAfterCr) {
        this.shiftAfterCr = shiftAfterCr;
    }

    /**
     * @return lines for the JDK's XML reader, which counts columns from 0 rather than 1 on a line
     *         that a lone CR began
     */
    public static LineBreaks forJdkXml() {
        return new LineBreaks(1);
    }

    /**
     * @param text the characters a parser reads
     * @return the same characters, counted here as they are read
     */
    public Reader counting(Reader text) {
        return new FilterReader(text) {
            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    accept((char) c);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    accept(buffer, offset, n);
                }
                return n;
            }
        };
    }

    /**
     * @param text   the next characters the parser reads
     * @param offset where they start in {@code text}
     * @param length how many there are
     */
    public void accept(char[] text, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (!afterCr) { // a run of characters that break no line only moves the column
                int run = i;
                while (i < end && (text[i] > '\r' || text[i] != '\n' && text[i] != '\r')) {
                    i++;
                }
                sinceLineStart += i - run;
                if (i == end) {
                    return;
                }
            }
            accept(text[i++]);
        }
    }

    /** @param c the next character the parser reads */
    public void accept(char c) {
        if (afterCr) {
            afterCr = false;
            if (c == '\n') { // CRLF: one break, already counted at the CR
                sawLf = true;
                sinceLineStart = 0;
                return;
            }
            loneCr();
        }
        if (c == '\r') {
            breaks++;
            afterCr = true;
            crPrefix = sinceLineStart + 1;
        } else if (c == '\n') {
            breaks++;
            sawLf = true;
            sinceLineStart = 0;
        } else {
            sinceLineStart++;
        }
    }

    private void loneCr() {
        if (lone == loneLines.length) {
            loneLines = Arrays.copyOf(loneLines, lone * 2);
            prefixes = Arrays.copyOf(prefixes, lone * 2);
        }
        loneLines[lone] = breaks + 1;
        prefixes[lone] = crPrefix;
        lone++;
        sinceLineStart = crPrefix;
    }

    /**
     * @return whether the places of the characters counted so far are settled: once a line feed is
     *         read, a lone CR is a stray character wherever it is, so characters read later change
     *         no place before them; until then, a later line feed would
     */
    public boolean settled() {
        return sawLf;
    }

    /**
     * @param parserLine a line as the parser counts it, from 1
     * @return the same line as an editor counts it
     */
    public int line(int parserLine) {
        return !sawLf || parserLine < 1 ? parserLine : parserLine - lonesUpTo(parserLine);
    }

    /**
     * @param parserLine   a line as the parser counts it, from 1
     * @param parserColumn a column on that line as the parser counts it, from 1
     * @return the same column as an editor counts it: after a lone CR, the line goes on
     */
    public int column(int parserLine, int parserColumn) {
        if (parserLine < 1) {
            return parserColumn;
        }
        if (!sawLf) {
            return parserLine > 1 ? parserColumn + shiftAfterCr : parserColumn; // every line but the first after a CR
        }
        int index = Arrays.binarySearch(loneLines, 0, lone, parserLine);
        return index < 0 ? parserColumn : parserColumn + prefixes[index] + shiftAfterCr;
    }

    /**
     * @param parserLine   a line as the parser counts it
     * @param parserColumn a column as the parser counts it
     * @return the place for people: {@code ligne 12, colonne 7} / {@code line 12, column 7}, as an editor counts
     */
    public DocumentPlace place(int parserLine, int parserColumn) {
        return DocumentPlace.line(line(parserLine), Math.max(1, column(parserLine, parserColumn)));
    }

    private int lonesUpTo(int parserLine) {
        int index = Arrays.binarySearch(loneLines, 0, lone, parserLine);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
