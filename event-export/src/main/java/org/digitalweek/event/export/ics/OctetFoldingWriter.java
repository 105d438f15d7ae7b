package org.digitalweek.event.export.ics;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 §3.1 asks, never inside a character: a
 * fold is {@code CRLF} and one space, which counts towards the next line. biweekly folds at 75
 * characters, so a line of accented or Bambara letters (ɛ, ɔ, ŋ: two octets each) would run to 150
 * octets; its folding cannot be turned off without reaching into its line writer, so this writer
 * unfolds what it receives ({@code CRLF} then a space or tab is always a fold: no content line
 * starts with white space) and folds again by octets. Lines end with {@code CRLF}.
 */
final class OctetFoldingWriter extends Writer {

    /** The longest line allowed, in octets, line break excluded. */
    static final int MAX_OCTETS = 75;

    private static final char NONE = 0;

    private final Writer out;
    private int lineOctets;
    private char pendingHigh = NONE;
    private boolean pendingCr;
    private boolean pendingBreak;

    /** @param out where the folded text goes; it receives whole characters only */
    OctetFoldingWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingBreak) {
            pendingBreak = false;
            if (ch == ' ' || ch == '\t') {
                return; // a fold of the writer upstream: the logical line goes on
            }
            endLine();
        }
        if (pendingCr) {
            pendingCr = false;
            if (ch == '\n') {
                pendingBreak = true;
                return;
            }
            character(new char[] {'\r'}, 1);
        }
        if (ch == '\r') {
            pendingCr = true;
        } else if (ch == '\n') {
            pendingBreak = true;
        } else {
            text(ch);
        }
    }

    private void text(char ch) throws IOException {
        if (pendingHigh != NONE) {
            char high = pendingHigh;
            pendingHigh = NONE;
            if (Character.isLowSurrogate(ch)) {
                character(new char[] {high, ch}, 4);
                return;
            }
            character(new char[] {high}, 1); // malformed: the encoder writes one replacement octet
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else {
            character(new char[] {ch}, octets(ch));
        }
    }

    private void character(char[] character, int octets) throws IOException {
        if (lineOctets + octets > MAX_OCTETS) {
            out.write("\r\n ");
            lineOctets = 1;
        }
        out.write(character);
        lineOctets += octets;
    }

    private void endLine() throws IOException {
        out.write("\r\n");
        lineOctets = 0;
    }

    private static int octets(char ch) {
        if (ch < 0x80) {
            return 1;
        }
        if (ch < 0x800) {
            return 2;
        }
        return Character.isLowSurrogate(ch) ? 1 : 3; // a lone low surrogate becomes one replacement octet
    }

    /**
     * Writes the line end still held back (it may have been a fold) and flushes.
     *
     * @throws IOException when the stream fails
     */
    void finish() throws IOException {
        if (pendingBreak) {
            pendingBreak = false;
            endLine();
        }
        flush();
    }

    /** Flushes what is written; a line end is held back until the next character shows it is no fold. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes only: the stream belongs to the caller of the exporter. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
