package org.digitalweek.event.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import io.javalin.http.Context;

/**
 * The body limit ({@link HttpSettings#maxBodyBytes()}): a declared {@code Content-Length} beyond
 * it is refused without being kept or parsed, and a body without one (chunked) is read through a
 * counting stream that stops at the limit, so that a client can never make the server hold or
 * parse more than the limit. A declared body at most {@link #DRAINED_AT_MOST} bytes over the limit
 * is read and thrown away before the refusal: a client still sending it then reads the 413 on a
 * connection that stays open, instead of a connection reset before the answer.
 */
final class BodyLimits {

    /** How far over the limit a declared body is read and thrown away before its 413, rather than cut off. */
    static final long DRAINED_AT_MOST = 1 << 20;

    private BodyLimits() {
    }

    /**
     * @param ctx   the request
     * @param limit the most bytes accepted
     * @return its body, at most {@code limit} bytes
     * @throws ApiProblem 413 when it is larger
     */
    static byte[] read(Context ctx, long limit) {
        LimitedStream in = open(ctx, limit);
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw failedRead(in, limit);
        }
    }

    /**
     * @param in    the body being read when reading failed
     * @param limit the most bytes accepted
     * @return 413 when the body went over the limit, else the 400 of a body cut short (a client gone or too slow)
     */
    static ApiProblem failedRead(LimitedStream in, long limit) {
        if (in.exceeded()) {
            return tooLarge(limit);
        }
        return new ApiProblem(400, "invalid-input",
                "Le corps de la demande n'a pas pu être lu en entier (connexion interrompue ou trop lente).",
                "The request body could not be read in full (the connection broke or was too slow).");
    }

    /**
     * @param ctx   the request
     * @param limit the most bytes accepted
     * @return its body as a stream that fails once more than {@code limit} bytes come
     * @throws ApiProblem 413 when the declared length is already larger
     */
    static LimitedStream open(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            if (declared - limit <= DRAINED_AT_MOST) {
                drain(ctx);
            }
            throw tooLarge(limit);
        }
        try {
            return new LimitedStream(ctx.req().getInputStream(), limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the body to its end and throws it away; a client gone meanwhile gets the 413 or nothing. */
    private static void drain(Context ctx) {
        try {
            ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client went: nobody is left to read the answer
        }
    }

    /**
     * @param limit the most bytes accepted
     * @return the 413 problem
     */
    static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "too-large",
                "Le corps de la demande dépasse la limite de ce serveur (" + limit + " octets).",
                "The request body is larger than this server accepts (" + limit + " bytes).");
    }

    /** A body read up to a limit, remembering whether the client sent more. */
    static final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        /** @return whether more than the limit was sent */
        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("body over the limit");
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
