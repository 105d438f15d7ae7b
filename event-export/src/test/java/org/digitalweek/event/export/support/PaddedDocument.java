package org.digitalweek.event.export.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A document of any length that is never held in memory: a head, then spaces up to the length,
 * made up as they are read. For the limits on document length.
 */
public final class PaddedDocument extends InputStream {

    private final byte[] head;
    private final long length;
    private long position;

    /**
     * @param head   the first characters, ASCII, e.g. {@code {"format": "digitalweek-edition",}
     * @param length the whole length in bytes
     */
    public PaddedDocument(String head, long length) {
        this.head = head.getBytes(StandardCharsets.US_ASCII);
        this.length = length;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return position < head.length ? head[(int) position++] : pad();
    }

    private int pad() {
        position++;
        return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position < head.length || position >= length) {
            return super.read(b, off, Math.min(len, head.length));
        }
        int n = (int) Math.min(len, length - position);
        Arrays.fill(b, off, off + n, (byte) ' ');
        position += n;
        return n;
    }
}
