package org.digitalweek.event.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The writer of {@code --json}: what it writes parses back to what it was given, and shows no control. */
class JsonWriterTest {

    private static String write(String text) {
        StringWriter out = new StringWriter();
        new JsonWriter(out).beginObject().member("text", text).member("n", 3).member("b", false)
                .name("empty").beginArray().endArray().name("list").beginArray().value("a").nullValue().endArray()
                .endObject().finish();
        return out.toString();
    }

    @Test
    void quotesBackslashesControlsAndBidiControlsAreEscapedAndReadBackUnchanged() {
        String hostile = "« Salle » \"A\" \\ tab\there\nline\r\u0007bell \u001b[2J \u0085 \u202eevil \u2028 \u061c ok é 😀";

        String document = write(hostile);

        assertThat(document).doesNotContain("\u0007", "\u001b", "\u0085", "\u202e", "\u2028", "\u061c")
                .contains("\\u001b", "\\u202e", "\\\"A\\\"", "\\\\", "\\t", "\\n", "😀", "« Salle »");
        JsonNode read = JsonMapper.builder().build().readTree(document);
        assertThat(read.get("text").asString()).isEqualTo(hostile);
        assertThat(read.get("n").asInt()).isEqualTo(3);
        assertThat(read.get("b").asBoolean()).isFalse();
        assertThat(read.get("empty")).isEmpty();
        assertThat(read.get("list").get(1).isNull()).isTrue();
    }

    @Test
    void oneMemberPerLineIndentedByTwoSpaces() {
        assertThat(write("x").lines()).containsExactly("{", "  \"text\": \"x\",", "  \"n\": 3,", "  \"b\": false,",
                "  \"empty\": [],", "  \"list\": [", "    \"a\",", "    null", "  ]", "}");
    }
}
