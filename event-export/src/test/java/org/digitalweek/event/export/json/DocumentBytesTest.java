package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A document read up to a cap gives its bytes again, then the rest of the stream, a failure included. */
class DocumentBytesTest {

    private static final byte[] TEXT = "{\"format\": \"digitalweek-edition\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void keeps_a_document_within_the_cap_whole() throws IOException {
        DocumentBytes read = DocumentBytes.read(trickling(TEXT), 100);

        assertThat(read.whole()).isTrue();
        assertThat(read.length()).isEqualTo(TEXT.length);
        assertThat(read.replay(InputStream.nullInputStream()).readAllBytes()).isEqualTo(TEXT);
    }

    @Test
    void gives_the_first_bytes_then_the_rest_of_a_longer_one() throws IOException {
        InputStream in = new ByteArrayInputStream(TEXT);
        DocumentBytes read = DocumentBytes.read(in, 10);

        assertThat(read.whole()).isFalse();
        assertThat(read.length()).isEqualTo(10);
        assertThat(read.replay(in).readAllBytes()).isEqualTo(TEXT);
    }

    @Test
    void gives_the_bytes_read_then_the_failure_of_the_stream() throws IOException {
        IOException broken = new IOException("connection reset");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(TEXT), new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }
        });
        DocumentBytes read = DocumentBytes.read(failing, 100);
        InputStream replay = read.replay(failing);

        assertThat(read.whole()).isFalse();
        assertThat(replay.readNBytes(TEXT.length)).isEqualTo(TEXT);
        assertThatThrownBy(replay::read).isSameAs(broken);
    }

    /** A stream that gives three bytes a read and does not say how many it holds. */
    private static InputStream trickling(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(3, length));
            }

            @Override
            public synchronized int available() {
                return 0;
            }
        };
    }
}
