package org.digitalweek.event.export.jsonread;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Documents decoded as UTF-8 before Jackson sees them, so that columns count characters (as editors
 * do) rather than bytes, and a byte that is not UTF-8 is an error rather than a replacement character.
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int CHUNK = 8192;

    private Utf8Text() {
    }

    /**
     * @param in a document's bytes
     * @return its text, without a leading byte order mark; reading it throws a
     *         {@link java.nio.charset.CharacterCodingException} at the first byte that is not UTF-8
     * @throws IOException when {@code in} fails, or its first bytes are not UTF-8
     */
    public static Reader strict(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder()), 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * @param bytes  some bytes
     * @param offset where to start
     * @param length how many to check
     * @return whether {@link #strict} reads them to the end without a {@link
     *         java.nio.charset.CharacterCodingException}: the same decoder decides, chunk by chunk
     */
    public static boolean isUtf8(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int first = offset;
        while (first < end && bytes[first] >= 0) { // ASCII needs no decoder
            first++;
        }
        if (first == end) {
            return true;
        }
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, first, end - first);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        CoderResult result = decoder.decode(in, out, true);
        while (result.isOverflow()) {
            out.clear();
            result = decoder.decode(in, out, true);
        }
        out.clear();
        return !result.isError() && !decoder.flush(out).isError();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
