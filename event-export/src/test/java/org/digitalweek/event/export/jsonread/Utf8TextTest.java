package org.digitalweek.event.export.jsonread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The quick UTF-8 check says what the JDK's strict decoder says, on every sequence near a boundary. */
class Utf8TextTest {

    /** ASCII, and the bytes where the ranges of lead and continuation bytes start and end. */
    private static final int[] BYTES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};

    @Test
    void agreesWithTheJdkDecoderOnEverySequenceOfUpToFourBytes() {
        int checked = 0;
        for (int length = 0; length <= 4; length++) {
            int combinations = (int) Math.pow(BYTES.length, length);
            for (int n = 0; n < combinations; n++) {
                byte[] bytes = new byte[length + 2];
                bytes[0] = 'a'; // an offset and a length that are not the whole array
                bytes[length + 1] = (byte) 0xC3;
                for (int i = 0, rest = n; i < length; i++, rest /= BYTES.length) {
                    bytes[i + 1] = (byte) BYTES[rest % BYTES.length];
                }
                assertThat(Utf8Text.isUtf8(bytes, 1, length)).as("%s", java.util.HexFormat.of().formatHex(bytes))
                        .isEqualTo(decodes(bytes, 1, length));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(450_000);
    }

    @Test
    void agreesWithTheJdkDecoderWhereverASequenceStandsInLongerText() {
        for (int n = 0; n < BYTES.length * BYTES.length * BYTES.length; n++) {
            for (int at = 0; at < 2 * Long.BYTES + 1; at++) {
                byte[] bytes = "an ASCII text, long enough to be read by eights".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0, rest = n; i < 3; i++, rest /= BYTES.length) {
                    bytes[at + i] = (byte) BYTES[rest % BYTES.length];
                }
                assertThat(Utf8Text.isUtf8(bytes, 1, bytes.length - 1)).isEqualTo(decodes(bytes, 1, bytes.length - 1));
            }
        }
    }

    @Test
    void acceptsTextInManyScripts() {
        byte[] text = "aé€ߊ𝕏🇲🇱 عرب".getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8Text.isUtf8(text, 0, text.length)).isTrue();
        assertThat(Utf8Text.isUtf8(text, 0, text.length - 5)).isFalse(); // cut inside an Arabic letter
    }

    private static boolean decodes(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
