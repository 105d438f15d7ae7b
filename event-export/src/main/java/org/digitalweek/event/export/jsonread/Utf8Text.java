package org.digitalweek.event.export.jsonread;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Documents decoded as UTF-8 before Jackson sees them, so that columns count characters (as editors
 * do) rather than bytes, and a byte that is not UTF-8 is an error rather than a replacement character.
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

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
     * Whether {@link #strict} reads these bytes to their end: the well-formed byte sequences of the
     * Unicode standard (its table 3-7), which the JDK's decoder accepts and nothing else (no overlong
     * form, no surrogate, nothing past U+10FFFF, no sequence cut short). Checked here byte by byte,
     * several times faster than decoding: most of a document is ASCII, taken eight bytes at a time.
     *
     * @param bytes  some bytes
     * @param offset where to start
     * @param length how many to check
     * @return whether they are UTF-8 through and through
     */
    public static boolean isUtf8(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            while (i <= end - Long.BYTES && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES; // eight ASCII characters
            }
            if (i == end) {
                break;
            }
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int count = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
            if (count == 0 || end - i < count || !secondAllowed(lead, bytes[i + 1] & 0xFF)) {
                return false;
            }
            for (int k = 2; k < count; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += count;
        }
        return true;
    }

    /** The second byte's range depends on the first: this is what rules out overlong forms and surrogates. */
    private static boolean secondAllowed(int lead, int second) {
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        return second >= low && second <= high;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
