package org.digitalweek.event.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.cli.fuzz.SampleStore.FORMATS;
import static org.digitalweek.event.cli.fuzz.SampleStore.context;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.cli.fuzz.SampleStore;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.DocumentUseCases;

/**
 * A corpus of broken documents, made from this library's own export of the sample edition in each
 * importable format (so it needs nothing outside the project): each import fails with a located
 * error, and the real store it was aimed at, holding the sample, is left exactly as it was.
 */
class RefusedImportsLeaveTheStoreTest {

    private static final int HUGE = 50 * 1024 * 1024;

    @TempDir
    Path folder;

    static Stream<Arguments> storesAndFormats() {
        return Stream.of("file", "sqlite").flatMap(store -> FORMATS.stream().map(f -> Arguments.of(store, f)));
    }

    @ParameterizedTest(name = "{0} store, {1}")
    @MethodSource("storesAndFormats")
    void everyBrokenDocumentFailsLocatedAndChangesNothing(String store, String format) throws IOException {
        try (SampleStore target = SampleStore.open(store, folder)) {
            DocumentUseCases documents = target.documents();
            PublicEdition sample = target.sample();
            byte[] valid = target.export(format);
            Map<String, Object> before = target.content();
            Map<String, byte[]> files = target.files();

            for (Map.Entry<String, byte[]> broken : broken(format, valid, sample).entrySet()) {
                String name = "broken-" + broken.getKey() + "." + format;
                for (ImportEditionCommand command : List.of(
                        ImportEditionCommand.create(format, context(name)),
                        ImportEditionCommand.create(format, context(name)).replacing())) {
                    assertThatThrownBy(() -> documents.importEdition(command,
                            new ByteArrayInputStream(broken.getValue())))
                            .as(name).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                                assertThat(e.getMessage()).startsWith(name);
                                assertThat(e.place().english()).as(name + ": " + e.getMessage())
                                        .containsAnyOf("line", "/", "event", "VEVENT");
                                assertThat(e.getMessage().length()).as("one readable message").isLessThan(20_000);
                            });
                }
                assertThat(target.content()).as(name).isEqualTo(before);
                assertThat(target.files()).as(name).allSatisfy((path, bytes) ->
                        assertThat(bytes).as(path).isEqualTo(files.get(path)));
                assertThat(target.files().keySet()).as(name).isEqualTo(files.keySet());
            }
            assertThat(documents.importEdition(ImportEditionCommand.create(format, context("whole." + format))
                    .replacing().asDryRun(), new ByteArrayInputStream(valid)).stored())
                    .as("the unbroken document is importable").isFalse();
        }
    }

    /** The broken variants of a valid document, by name. */
    private static Map<String, byte[]> broken(String format, byte[] valid, PublicEdition sample) {
        String text = new String(valid, StandardCharsets.UTF_8);
        Map<String, byte[]> variants = new TreeMap<>();
        variants.put("truncated", Arrays.copyOf(valid, valid.length / 2));
        variants.put("empty", new byte[0]);
        String date = format.equals("ics") ? "20260129T09" : "2026-01-29T09";
        variants.put("bad-date", changed(text, date, format.equals("ics") ? "20261329T09" : "2026-13-29T09"));
        LocalizedText title = sample.sessions().get(0).title();
        String shown = text.contains(title.resolve("en")) ? title.resolve("en") : title.resolve("fr");
        variants.put("huge-string", changed(text, shown, "a".repeat(HUGE)));
        variants.put("deep-nesting", deep(format, text).getBytes(StandardCharsets.UTF_8));
        return variants;
    }

    /** The text with the first occurrence of {@code what} replaced, as bytes; the occurrence must exist. */
    private static byte[] changed(String text, String what, String by) {
        int at = text.indexOf(what);
        assertThat(at).as("'" + what + "' is in the export").isNotNegative();
        return (text.substring(0, at) + by + text.substring(at + what.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static String deep(String format, String text) {
        int levels = 10_000;
        return switch (format) {
            case "frab-xml" -> text.replaceFirst("<conference>", "<conference>" + "<x>".repeat(levels)
                    + "</x>".repeat(levels));
            case "ics" -> text.replaceFirst("BEGIN:VEVENT", "BEGIN:VEVENT\r\n" + "BEGIN:VALARM\r\n".repeat(levels)
                    + "END:VALARM\r\n".repeat(levels) + "BEGIN:VEVENT");
            default -> text.replaceFirst("\\{", "{\"deep\": " + "[".repeat(levels) + "]".repeat(levels) + ",");
        };
    }
}
