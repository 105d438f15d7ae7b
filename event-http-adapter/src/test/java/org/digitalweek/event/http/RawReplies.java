package org.digitalweek.event.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response off a raw socket, whole (its body by {@code Content-Length} or in
 * chunks), so that the next response on the same connection can be read after it.
 */
final class RawReplies {

    private RawReplies() {
    }

    /**
     * @param in the socket's input
     * @return the status line and headers, then the body
     * @throws IOException when the connection ends before the response does
     */
    static String read(InputStream in) throws IOException {
        String head = line(in);
        StringBuilder reply = new StringBuilder(head).append('\n');
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            reply.append(header).append('\n');
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Long.parseLong(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes((int) size));
                line(in);
            }
            line(in);
        } else {
            body.write(in.readNBytes((int) length));
        }
        return reply.append('\n').append(body.toString(StandardCharsets.UTF_8)).toString();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection ended in the middle of a response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
