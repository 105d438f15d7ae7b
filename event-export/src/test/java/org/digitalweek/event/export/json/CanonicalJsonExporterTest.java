package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.draft.EditionDraft;

class CanonicalJsonExporterTest {

    private final String document = Documents.exportText(EditionFixtures.digitalWeek());
    private final JsonNode tree = JsonMapper.builder().build().readTree(document);

    @Test
    void names_its_format() {
        CanonicalJsonExporter exporter = new CanonicalJsonExporter();

        assertThat(exporter.formatId()).isEqualTo("json");
        assertThat(exporter.mediaType()).isEqualTo("application/vnd.digitalweek.edition+json");
    }

    @Test
    void writes_the_envelope_first_then_the_edition() {
        assertThat(document).startsWith("""
                {
                  "format": "digitalweek-edition",
                  "formatVersion": 1,
                  "edition": {
                    "id": "sdb-2026",
                    "series": {
                """);
        assertThat(document).endsWith("""
                    "status": "PUBLISHED",
                    "publishedAt": "2026-11-02T08:30:00Z"
                  }
                }
                """);
        assertThat(tree.propertyNames()).containsExactly("format", "formatVersion", "edition");
    }

    @Test
    void indents_by_two_spaces_with_unix_line_ends() {
        assertThat(document).doesNotContain("\r").doesNotContain("\t").endsWith("}\n").doesNotEndWith("\n\n");
        int previous = 0;
        for (String line : document.split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            assertThat(indent % 2).as("indentation of %s", line).isZero();
            assertThat(Math.abs(indent - previous)).as("indentation step before %s", line).isLessThanOrEqualTo(2);
            previous = indent;
        }
        assertThat(document).contains("""
                        "languages": [
                          "fr",
                          "bm"
                        ],
                """);
    }

    @Test
    void is_utf8_with_national_language_letters_written_as_they_are() {
        byte[] bytes = Documents.export(EditionFixtures.digitalWeek());

        assertThatNoException().isThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)));
        assertThat(document).contains("\"bm\": \"Bamako Dijitali Dɔgɔkun\"", "Dayɛlɛli seli", "Ouédraogo")
                .doesNotContain("\\u");
    }

    @Test
    void writes_dates_and_times_as_iso_8601_strings() {
        assertThat(document).contains("\"startDate\": \"2026-11-23\"", "\"endDate\": \"2026-11-27\"",
                "\"start\": \"2026-11-23T09:00:00\"", "\"end\": \"2026-11-26T18:00:00\"",
                "\"publishedAt\": \"2026-11-02T08:30:00Z\"");
    }

    @Test
    void leaves_out_absent_and_empty_values() {
        JsonNode panel = tree.get("edition").get("sessions").get(1);
        JsonNode trainer = tree.get("edition").get("officials").get(2);

        assertThat(panel.get("id").asString()).isEqualTo("panel-ai");
        assertThat(panel.has("summary")).as("an empty summary").isFalse();
        assertThat(panel.has("statements")).as("no statements").isFalse();
        assertThat(panel.has("expectedAttendance")).as("an unknown attendance").isFalse();
        assertThat(trainer.propertyNames()).containsExactly("id", "fullName");
        assertNothingEmpty(tree, "");
    }

    @Test
    void orders_records_by_component_and_texts_by_language_tag() {
        assertInCanonicalOrder(tree.get("edition"), EditionDraft.class, "/edition");
        assertThat(tree.get("edition").get("title").propertyNames()).containsExactly("bm", "en", "fr");
    }

    @Test
    void writes_nothing_internal() {
        List<String> names = new ArrayList<>();
        collectNames(tree, names);

        assertThat(names).isNotEmpty().doesNotContain("internal", "protocolFiles", "contacts");
    }

    @Test
    void leaves_the_stream_open() throws IOException {
        OpenStream out = new OpenStream();

        new CanonicalJsonExporter().export(EditionFixtures.digitalWeek(), Documents.EXPORT, out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(document);
    }

    @Test
    void reports_a_failing_stream_as_an_io_exception() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> new CanonicalJsonExporter().export(EditionFixtures.digitalWeek(), Documents.EXPORT, broken))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    /** Every object's keys follow its record's components; every map's keys are sorted. */
    private static void assertInCanonicalOrder(JsonNode node, Type type, String path) {
        if (type instanceof Class<?> record && record.isRecord()) {
            List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .filter(node::has).toList();
            assertThat(node.propertyNames()).as(path).containsExactlyElementsOf(components);
            for (RecordComponent component : record.getRecordComponents()) {
                if (node.has(component.getName())) {
                    assertInCanonicalOrder(node.get(component.getName()), component.getGenericType(),
                            path + "/" + component.getName());
                }
            }
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            assertThat(List.copyOf(node.propertyNames())).as(path).isSorted();
        } else if (type instanceof ParameterizedType generic && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertInCanonicalOrder(node.get(i), generic.getActualTypeArguments()[0], path + "/" + i);
            }
        }
    }

    private static void assertNothingEmpty(JsonNode node, String path) {
        assertThat(node.isNull()).as(path).isFalse();
        if (node.isContainer()) {
            assertThat(node.size()).as(path).isPositive();
            if (node.isObject()) {
                node.propertyStream().forEach(e -> assertNothingEmpty(e.getValue(), path + "/" + e.getKey()));
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                assertNothingEmpty(node.get(i), path + "/" + i);
            }
        } else if (node.isString()) {
            assertThat(node.asString()).as(path).isNotBlank();
        }
    }

    private static void collectNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.propertyStream().forEach(e -> {
                names.add(e.getKey());
                collectNames(e.getValue(), names);
            });
        } else if (node.isArray()) {
            node.valueStream().forEach(v -> collectNames(v, names));
        }
    }

    private static final class OpenStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
