package org.digitalweek.event.cli.progress;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/** An output that adds the bytes written to a count that another thread reads. */
final class CountingOutputStream extends FilterOutputStream {

    private final AtomicLong count;

    /**
     * @param out   the output
     * @param count where the bytes written are added
     */
    CountingOutputStream(OutputStream out, AtomicLong count) {
        super(out);
        this.count = count;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count.incrementAndGet();
    }

    /** Whole, not byte by byte as {@link FilterOutputStream} would. */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        count.addAndGet(length);
    }
}
