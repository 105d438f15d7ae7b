package org.digitalweek.event.export.jsonread;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Documents decoded as UTF-8 before Jackson sees them, so that columns count characters (as editors
 * do) rather than bytes, and a byte that is not UTF-8 is an error rather than a replacement character.
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /**
     * @param in a document's bytes
     * @return its text, without a leading byte order mark; reading it throws a
     *         {@link java.nio.charset.CharacterCodingException} at the first byte that is not UTF-8
     * @throws IOException when {@code in} fails, or its first bytes are not UTF-8
     */
    public static Reader strict(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }
}
