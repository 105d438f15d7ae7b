package org.digitalweek.event.export.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The first bytes of a document, up to a cap: all of it when it is no longer, so that it can be
 * read twice (quickly, then with places if there is something to say). The caller's stream is
 * read no further than the cap, and what it did, a failure included, can be replayed.
 */
final class DocumentBytes {

    private static final int FIRST_BUFFER = 8192;
    /** The longest array some JVMs allow. */
    private static final int LONGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final byte[] bytes;
    private final int length;
    private final boolean whole;
    private final IOException failure;

    private DocumentBytes(byte[] bytes, int length, boolean whole, IOException failure) {
        this.bytes = bytes;
        this.length = length;
        this.whole = whole;
        this.failure = failure;
    }

    /**
     * @param in  the document; left open
     * @param cap how many bytes to keep at most
     * @return its first bytes; whole when the stream ended within the cap and did not fail
     */
    static DocumentBytes read(InputStream in, long cap) {
        int most = (int) Math.min(cap, LONGEST_ARRAY);
        byte[] bytes = new byte[0];
        int length = 0;
        try {
            // What the stream says it holds, and one byte to see its end: an array in memory is copied once.
            bytes = new byte[(int) Math.min(most, Math.max(FIRST_BUFFER, in.available() + 1L))];
            while (length < most) {
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min((long) length * 2, most));
                }
                int n = in.read(bytes, length, bytes.length - length);
                if (n < 0) {
                    return new DocumentBytes(bytes, length, true, null);
                }
                length += n;
            }
            return new DocumentBytes(bytes, length, false, null);
        } catch (IOException e) {
            return new DocumentBytes(bytes, length, false, e);
        }
    }

    /** @return whether these are all the document's bytes */
    boolean whole() {
        return whole;
    }

    /** @return the buffer, of which the first {@link #length()} bytes are the document's */
    byte[] bytes() {
        return bytes;
    }

    /** @return how many bytes were read */
    int length() {
        return length;
    }

    /**
     * @param rest the stream the bytes came from
     * @return a stream that gives these bytes again, then what {@code rest} gives or the failure it threw
     */
    InputStream replay(InputStream rest) {
        InputStream head = new ByteArrayInputStream(bytes, 0, length);
        if (whole) {
            return head;
        }
        return new SequenceInputStream(head, failure == null ? rest : new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                throw failure;
            }
        });
    }
}
