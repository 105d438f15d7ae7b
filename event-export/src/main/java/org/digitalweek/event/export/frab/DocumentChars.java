package org.digitalweek.event.export.frab;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.export.schedule.LineBreaks;

/**
 * The characters of a document's bytes, decoded here rather than by the XML parser so that bytes
 * that are not text fail as a value the reader can place, and are never replaced; the JDK's parser
 * would also print such failures on the standard error. The encoding is the byte-order mark's, else
 * the XML declaration's, else UTF-8. Bytes are counted as they arrive: past the limit, reading stops.
 *
 * <p>Characters decoded before a bad byte are handed out first, so the parser's position at the
 * failure is the bad byte's. Every character handed out is counted by {@link #lines()}, which turns
 * the parser's lines into the editor's.
 */
final class DocumentChars extends Reader {

    private static final int BUFFER = 8192;
    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final InputStream in;
    private final long maxBytes;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private final LineBreaks lines = LineBreaks.forJdkXml();
    private long count;
    private boolean ended;
    private boolean flushed;
    private boolean tooLong;
    private CharacterCodingException badBytes;

    private DocumentChars(InputStream in, long maxBytes, Charset charset, ByteBuffer head, long count, boolean ended) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = head;
        this.count = count;
        this.ended = ended;
    }

    /**
     * @param in       the document's bytes; left open
     * @param maxBytes how many bytes may be read
     * @return its characters
     * @throws UnsupportedEncodingException when the XML declaration names an encoding this JDK does not have
     * @throws IOException                  when {@code in} fails
     */
    static DocumentChars open(InputStream in, long maxBytes) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(BUFFER);
        int n = in.readNBytes(head.array(), 0, BUFFER);
        head.limit(n);
        DocumentChars chars = new DocumentChars(in, maxBytes, charsetOf(head), head, n, n < BUFFER);
        chars.tooLong = n > maxBytes;
        return chars;
    }

    /** Reads the byte-order mark (and skips it) or the declaration; UTF-8 when neither says. */
    private static Charset charsetOf(ByteBuffer head) throws UnsupportedEncodingException {
        int b0 = byteAt(head, 0);
        int b1 = byteAt(head, 1);
        if (b0 == 0xEF && b1 == 0xBB && byteAt(head, 2) == 0xBF) {
            head.position(3);
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            head.position(2);
            return b0 == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        if (b0 == 0x00 && b1 == 0x3C) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0x3C && b1 == 0x00) {
            return StandardCharsets.UTF_16LE;
        }
        Optional<String> declared = declared(head);
        if (declared.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.get());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(declared.get());
        }
    }

    private static Optional<String> declared(ByteBuffer head) {
        String ascii = new String(head.array(), 0, head.limit(), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(ascii);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static int byteAt(ByteBuffer buffer, int index) {
        return index < buffer.limit() ? buffer.get(index) & 0xFF : -1;
    }

    /** @return the encoding the bytes are read in */
    Charset charset() {
        return charset;
    }

    /** @return the line breaks of the characters handed out so far, to place messages as editors count lines */
    LineBreaks lines() {
        return lines;
    }

    /** @return how many bytes were read so far */
    long count() {
        return count;
    }

    /** @return whether reading stopped because the document is over the limit */
    boolean tooLong() {
        return tooLong;
    }

    /** @return whether reading stopped at bytes that are not text in {@link #charset()} */
    boolean badBytes() {
        return badBytes != null;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int n = decode(target, offset, length);
        if (n > 0) {
            lines.accept(target, offset, n);
        }
        return n;
    }

    private int decode(char[] target, int offset, int length) throws IOException {
        if (badBytes != null) {
            throw badBytes;
        }
        if (tooLong) {
            throw new IOException("document too long");
        }
        if (flushed) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, ended);
            if (result.isError()) {
                badBytes = result.isMalformed() ? new MalformedInputException(result.length())
                        : new UnmappableCharacterException(result.length());
                if (out.position() > offset) {
                    break; // what came before the bad bytes first
                }
                throw badBytes;
            }
            if (result.isOverflow()) {
                break;
            }
            if (ended) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                return out.position() == offset ? -1 : out.position() - offset;
            }
            fill();
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            ended = true;
        } else {
            count += n;
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        tooLong = count > maxBytes;
        if (tooLong) {
            throw new IOException("document too long");
        }
    }

    /** Leaves the document's stream open: the caller owns it. */
    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
