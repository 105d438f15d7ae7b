package org.digitalweek.event.export.ics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.out.ImportWarning;

/**
 * Reads a calendar's bytes once, before biweekly does, and stops at the first byte that breaks a
 * limit or the format: over 64 MiB in all, a content line over 1 MiB once unfolded, bytes that are
 * not UTF-8 (RFC 5545 §3.1.4; biweekly would silently read them as U+FFFD), or a broken
 * {@code BEGIN}/{@code END} structure (see {@link OutlineBuilder}). Nothing past the failing line is
 * read, so a 50 MB value costs a megabyte. Lines may end with {@code CRLF}, {@code LF} or
 * {@code CR}; a line that starts with a space or a tab continues the one before (a fold).
 */
final class CalendarScan {

    /** The rule broken by bytes that are not UTF-8. */
    static final String NOT_UTF8 = "not UTF-8: iCalendar files are UTF-8 (RFC 5545, section 3.1.4); save the "
            + "calendar as UTF-8";

    private static final int HEAD = 256;
    private static final int CHUNK = 8192;

    private final ScanLimits limits;
    private final String source;
    private final OutlineBuilder outline;
    private final Utf8Check utf8 = new Utf8Check();
    private final Bytes bytes = new Bytes();
    private final byte[] head = new byte[HEAD];
    private int line = 1;
    private int column;
    private boolean afterCr;
    private boolean pendingBreak;
    private int contentStart = 1;
    private long contentLength;
    private int headLength;
    private int lead;

    /**
     * @param limits the limits in force
     * @param source the document's name
     */
    CalendarScan(ScanLimits limits, String source) {
        this.limits = limits;
        this.source = source;
        this.outline = new OutlineBuilder(source, limits.maxNestingDepth());
    }

    /** The scanned document: its bytes (without a byte order mark), and its outline. */
    record Scanned(byte[] buffer, int length, List<Outline> calendars, List<ImportWarning> warnings) {
    }

    /**
     * @param in the document; read to its end, unless it breaks a rule first
     * @return its bytes and outline
     * @throws UnreadableDocumentException naming the line and the rule, at the first problem
     * @throws IOException when {@code in} fails
     */
    Scanned scan(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 3);
        skipByteOrderMark(stream);
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int n = stream.read(chunk); n != -1; n = stream.read(chunk)) {
            total += n;
            if (total > limits.maxDocumentBytes()) {
                throw fail("line " + line, "too large: a calendar may have " + ScanLimits.describe(
                        limits.maxDocumentBytes()) + " at most");
            }
            bytes.write(chunk, 0, n);
            for (int i = 0; i < n; i++) {
                accept(chunk[i] & 0xFF);
            }
        }
        if (!utf8.atCharacterEnd()) {
            throw fail("line " + line + ", column " + column, NOT_UTF8 + " (the last character is cut short)");
        }
        endContentLine();
        int lastLine = pendingBreak ? line - 1 : line;
        List<Outline> calendars = outline.finish(lastLine);
        return new Scanned(bytes.buffer(), bytes.size(), calendars, outline.warnings());
    }

    private void skipByteOrderMark(PushbackInputStream stream) throws IOException {
        byte[] start = stream.readNBytes(3);
        int first = start.length > 0 ? start[0] & 0xFF : -1;
        int second = start.length > 1 ? start[1] & 0xFF : -1;
        if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
            throw fail("line 1", NOT_UTF8 + " (it starts with the byte order mark of UTF-16)");
        }
        boolean utf8Mark = start.length == 3 && first == 0xEF && second == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!utf8Mark) {
            stream.unread(start);
        }
    }

    private void accept(int b) {
        boolean lineBreak = b == '\r' || b == '\n';
        boolean fold = false;
        if (pendingBreak && !lineBreak) { // the byte after a line break tells whether it was a fold
            pendingBreak = false;
            fold = b == ' ' || b == '\t';
            if (!fold) {
                endContentLine();
                contentStart = line;
            }
        }
        if (!utf8.accept(b)) {
            notUtf8(b);
        }
        if (b >= 0xC0) {
            lead = b;
        }
        if (lineBreak) {
            if (!(b == '\n' && afterCr)) {
                line++;
                column = 0;
                pendingBreak = true;
            }
            afterCr = b == '\r';
            return;
        }
        afterCr = false;
        if (b < 0x80 || b >= 0xC0) { // not a continuation byte: a new character
            column++;
        }
        if (!fold) {
            content(b);
        }
    }

    /** One more byte of the current content line, which must stay within the limit. */
    private void content(int b) {
        contentLength++;
        if (contentLength > limits.maxLineBytes()) {
            outline.requireCalendarBefore(contentStart, headText(), "its first line is over "
                    + ScanLimits.describe(limits.maxLineBytes()));
            String name = headText().split("[;:]", 2)[0];
            throw fail(outline.placeOf(contentStart, name), "value too long: a property may hold "
                    + ScanLimits.describe(limits.maxLineBytes()) + " at most, once its folded lines are joined");
        }
        if (headLength < HEAD) {
            head[headLength++] = (byte) b;
        }
    }

    private void notUtf8(int b) {
        outline.requireCalendarBefore(contentStart, headText(), String.format("byte 0x%02X at line %d is no UTF-8 "
                + "text", b, line));
        boolean starting = utf8.atCharacterEnd();
        throw fail("line " + line + ", column " + (starting ? column + 1 : column), NOT_UTF8 + (starting
                ? String.format(" (byte 0x%02X cannot start a character)", b)
                : String.format(" (byte 0x%02X starts a character that byte 0x%02X does not continue)", lead, b)));
    }

    private void endContentLine() {
        if (contentLength > 0) {
            outline.contentLine(contentStart, headText(), contentLength == headLength);
        }
        contentLength = 0;
        headLength = 0;
    }

    private String headText() {
        return new String(head, 0, headLength, StandardCharsets.UTF_8);
    }

    private UnreadableDocumentException fail(String place, String rule) {
        return new UnreadableDocumentException(source, place, rule);
    }

    /** The bytes read so far, handed to the parser without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        byte[] buffer() {
            return buf;
        }
    }
}
