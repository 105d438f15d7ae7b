package org.digitalweek.event.export.ics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * Reads a calendar's bytes once, before biweekly does, and stops at the first byte that breaks a
 * limit or the format: over 64 MiB in all, a content line over 1 MiB once unfolded, bytes that are
 * not UTF-8 (RFC 5545 §3.1.4; biweekly would silently read them as U+FFFD), or a broken
 * {@code BEGIN}/{@code END} structure (see {@link OutlineBuilder}). Nothing past the failing line is
 * read, so a 50 MB value costs a megabyte. Lines may end with {@code CRLF}, {@code LF} or
 * {@code CR}; a line that starts with a space or a tab continues the one before (a fold).
 *
 * <p>RFC 5545 folds by octets, and real producers fold inside a character ({@code E2 CRLF SP 80 99}
 * for {@code ’}): the fold is unfolded on bytes, before the text is decoded. Such a fold is moved,
 * in the bytes handed to the parser, to just after the character it cut, so that the parser decodes
 * the whole character and the lines keep their numbers; a line break inside a character that is
 * no fold is bytes that are not UTF-8, refused at the line of the cut.
 *
 * <p>Lines are counted as editors and {@code grep -n} count them: once the file has shown an LF, a
 * CR not followed by LF is no line break (python's icalendar keeps it inside the line too). The
 * parser would end the line there and lose the rest, so that CR reaches it as a space (or nothing,
 * at the start of a line); its lines are {@link Scanned#strayCrLines()}, for the repair.
 */
final class CalendarScan {

    /** The rule broken by bytes that are not UTF-8. */
    static final String NOT_UTF8 = "not UTF-8: iCalendar files are UTF-8 (RFC 5545, section 3.1.4); save the "
            + "calendar as UTF-8";
    /** The same, in French. */
    static final String NOT_UTF8_FR = "pas en UTF-8 : un fichier iCalendar est en UTF-8 (RFC 5545, section 3.1.4) ;"
            + " enregistrez le calendrier en UTF-8";

    private static final int HEAD = 256;
    private static final int CHUNK = 8192;

    private final ScanLimits limits;
    private final String source;
    private final OutlineBuilder outline;
    private final Utf8Check utf8 = new Utf8Check();
    private final Bytes bytes = new Bytes();
    private final byte[] head = new byte[HEAD];
    private final Bytes cut = new Bytes(); // a fold inside a character, until the character ends
    private boolean foldSpace;
    private DocumentPlace foldPlace;
    private boolean sawLf;
    private boolean crPending; // a CR after an LF was seen: a line break only when an LF follows
    private final List<Integer> strayCrLines = new ArrayList<>();
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

    /**
     * The scanned document: its bytes (without a byte order mark), and its outline.
     *
     * @param buffer       the bytes the parser reads, from index 0
     * @param length       how many
     * @param calendars    the outline of each calendar
     * @param warnings     what the outline warned of
     * @param strayCrLines the lines that hold a CR which is no line break, in order
     */
    record Scanned(byte[] buffer, int length, List<Outline> calendars, List<ImportWarning> warnings,
                   List<Integer> strayCrLines) {
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
                throw fail(DocumentPlace.line(line), "trop volumineux : un calendrier a au plus "
                        + ScanLimits.describeFr(limits.maxDocumentBytes()), "too large: a calendar may have "
                        + ScanLimits.describe(limits.maxDocumentBytes()) + " at most");
            }
            for (int i = 0; i < n; i++) {
                accept(chunk[i] & 0xFF);
            }
        }
        if (crPending) {
            crPending = false;
            regular('\r');
        }
        if (!utf8.atCharacterEnd()) {
            throw fail(DocumentPlace.line(line, column), NOT_UTF8_FR + " (le dernier caractère est tronqué)",
                    NOT_UTF8 + " (the last character is cut short)");
        }
        endContentLine();
        int lastLine = pendingBreak ? line - 1 : line;
        List<Outline> calendars = outline.finish(lastLine);
        return new Scanned(bytes.buffer(), bytes.size(), calendars, outline.warnings(), List.copyOf(strayCrLines));
    }

    private void skipByteOrderMark(PushbackInputStream stream) throws IOException {
        byte[] start = stream.readNBytes(3);
        int first = start.length > 0 ? start[0] & 0xFF : -1;
        int second = start.length > 1 ? start[1] & 0xFF : -1;
        if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
            throw fail(DocumentPlace.line(1), NOT_UTF8_FR + " (il commence par la marque d'ordre des octets de l'UTF-16)",
                    NOT_UTF8 + " (it starts with the byte order mark of UTF-16)");
        }
        boolean utf8Mark = start.length == 3 && first == 0xEF && second == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!utf8Mark) {
            stream.unread(start);
        }
    }

    private void accept(int b) {
        if (!utf8.atCharacterEnd() && foldInsideCharacter(b)) {
            return;
        }
        if (crPending) {
            crPending = false;
            if (b == '\n') {
                regular('\r');
            } else {
                strayCr();
            }
        }
        if (b == '\r' && sawLf) {
            crPending = true;
            return;
        }
        regular(b);
    }

    /** A CR inside a line of a file whose lines end with LF: a space for the parser, or nothing at a line's start. */
    private void strayCr() {
        strayCrLines.add(line);
        if (!pendingBreak) {
            regular(' ');
        }
    }

    private void regular(int b) {
        sawLf |= b == '\n';
        bytes.put(b);
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
        if (cut.size() > 0 && utf8.atCharacterEnd()) { // the character the fold cut is whole: the fold after it
            bytes.write(cut.buffer(), 0, cut.size());
            cut.reset();
            foldSpace = false;
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

    /**
     * A byte while a character is being read: a line break there, and the space or tab after it, are
     * a fold inside the character, kept aside until the character ends; the lines are counted.
     *
     * @return whether the byte was kept aside
     */
    private boolean foldInsideCharacter(int b) {
        if (b == '\r' || b == '\n') {
            boolean crLf = b == '\n' && cut.size() == 1 && cut.buffer()[0] == '\r';
            if (cut.size() > 0 && !crLf) { // a second line break, or one after the fold's space: no fold
                notUtf8Cut();
            }
            if (cut.size() == 0) {
                foldPlace = DocumentPlace.line(line, column);
            }
            cut.write(b);
            sawLf |= b == '\n';
            if (!(b == '\n' && afterCr)) {
                line++;
                column = 0;
            }
            afterCr = b == '\r';
            return true;
        }
        if (cut.size() > 0 && !foldSpace) {
            if (b != ' ' && b != '\t') {
                notUtf8Cut();
            }
            cut.write(b);
            foldSpace = true;
            afterCr = false;
            column++;
            return true;
        }
        return false;
    }

    private void notUtf8Cut() {
        outline.requireCalendarBefore(contentStart, headText(), "un caractère, " + foldPlace.french()
                + ", est coupé par un saut de ligne", "a character at " + foldPlace.english() + " is cut by a line break");
        int next = cut.buffer()[0] & 0xFF;
        throw fail(foldPlace, NOT_UTF8_FR + String.format(" (l'octet 0x%02X commence un caractère que l'octet 0x%02X"
                + " ne continue pas)", lead, next), NOT_UTF8 + String.format(" (byte 0x%02X starts a character that"
                + " byte 0x%02X does not continue)", lead, next)); // a line break, and no fold after it
    }

    /** One more byte of the current content line, which must stay within the limit. */
    private void content(int b) {
        contentLength++;
        if (contentLength > limits.maxLineBytes()) {
            outline.requireCalendarBefore(contentStart, headText(), "sa première ligne dépasse "
                    + ScanLimits.describeFr(limits.maxLineBytes()), "its first line is over "
                    + ScanLimits.describe(limits.maxLineBytes()));
            String name = headText().split("[;:]", 2)[0];
            throw fail(outline.placeOf(contentStart, name), "valeur trop longue : une propriété a au plus "
                    + ScanLimits.describeFr(limits.maxLineBytes()) + ", ses lignes repliées une fois jointes",
                    "value too long: a property may hold " + ScanLimits.describe(limits.maxLineBytes())
                    + " at most, once its folded lines are joined");
        }
        if (headLength < HEAD) {
            head[headLength++] = (byte) b;
        }
    }

    private void notUtf8(int b) {
        outline.requireCalendarBefore(contentStart, headText(), String.format("l'octet 0x%02X, ligne %d, n'est pas"
                + " du texte UTF-8", b, line), String.format("byte 0x%02X at line %d is no UTF-8 text", b, line));
        boolean starting = utf8.atCharacterEnd();
        throw fail(DocumentPlace.line(line, (starting ? column + 1 : column)), NOT_UTF8_FR + (starting
                ? String.format(" (l'octet 0x%02X ne peut pas commencer un caractère)", b)
                : String.format(" (l'octet 0x%02X commence un caractère que l'octet 0x%02X ne continue pas)", lead, b)),
                NOT_UTF8 + (starting ? String.format(" (byte 0x%02X cannot start a character)", b)
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

    private UnreadableDocumentException fail(DocumentPlace place, String ruleFr, String ruleEn) {
        return new UnreadableDocumentException(source, place, ruleFr, ruleEn);
    }

    /** The bytes read so far, handed to the parser without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        byte[] buffer() {
            return buf;
        }

        /** @param b one more byte; not synchronized, unlike {@link #write(int)}: one thread scans */
        void put(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, Math.max(32, buf.length * 2));
            }
            buf[count++] = (byte) b;
        }
    }
}
