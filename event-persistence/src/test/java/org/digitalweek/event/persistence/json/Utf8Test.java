package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast check of the store's reader agrees with the JDK's strict UTF-8 decoder, which the careful read uses. */
class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "7b7d", "c3a9", "e282ac", "f09f9880", "efbfbf", "f48fbfbf", "ed9fbf", "ee8080",
            "c0af", "c1bf", "e080af", "eda080", "edbfbf", "f08f8080", "f4908080", "f5808080", "ff", "80", "c3",
            "e282", "f09f98", "c328", "e228a1", "7be9"})
    void agreesWithTheJdkOn(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThat(Utf8.isWellFormed(bytes)).as(hex).isEqualTo(jdkAccepts(bytes));
    }

    @Test
    void agreesWithTheJdkOnRandomBytesMostlyText() {
        Random random = new Random(20);
        for (int run = 0; run < 20_000; run++) {
            byte[] bytes = ("abcdefgh" + run + "é€😀a" + run + "ijklmnopqrstuvwx").getBytes(StandardCharsets.UTF_8);
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);

            assertThat(Utf8.isWellFormed(bytes)).as(HexFormat.of().formatHex(bytes)).isEqualTo(jdkAccepts(bytes));
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
