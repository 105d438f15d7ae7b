package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.digitalweek.event.persistence.json.StoreFixtures.bytes;
import static org.digitalweek.event.persistence.json.StoreFixtures.text;
import static org.digitalweek.event.persistence.json.StoreFixtures.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionQuery;

/**
 * A file that cannot be read is reported with its name, line, column and rule, and is never
 * changed: not by a read, not by a save or delete that finds it.
 */
class UnreadableFilesTest {

    private static final EditionId ID = new EditionId(FullEdition.ID);

    @TempDir
    Path folder;

    private JsonFileEditions store;
    private Path file;
    private Edition saved;

    @BeforeEach
    void storeOneEdition() {
        store = JsonFileEditions.open(folder);
        saved = store.save(FullEdition.edition(), 0);
        file = folder.resolve(FullEdition.ID + ".json");
    }

    static Stream<Arguments> corruptions() {
        return Stream.of(
                corruption("truncated", good -> good.substring(0, good.length() / 2),
                        "not well-formed JSON: the file ends in the middle of a value; it may have been cut short",
                        null),
                corruption("invalid JSON", good -> good.replace("\"number\": 3,", "\"number\": 3,,"),
                        "not well-formed JSON: Unexpected character (','", "\"number\": 3,,"),
                corruption("a wrong type", good -> good.replace("\"number\": 3,", "\"number\": \"3\","),
                        "wrong type for \"number\": expected a whole number, found the string \"3\" [/edition/number]",
                        "\"number\": \"3\""),
                corruption("content after the end", good -> good + "\"more\"\n",
                        "not well-formed JSON: more content after the end of the document", "\"more\""),
                corruption("a number too large", good -> good.replace("\"number\": 3,", "\"number\": 99999999999,"),
                        "wrong value for \"number\": expected a whole number from -2147483648 to 2147483647, found"
                                + " the number 99999999999 [/edition/number]", "99999999999"),
                corruption("a foreign JSON file", good -> "{\"hello\": 1}\n",
                        "not an edition file of a digitalweek store: expected \"format\": \"digitalweek-store\" at the"
                                + " top, found no \"format\"", "{\"hello\""),
                corruption("an empty file", good -> "", "empty file: expected a JSON object", null),
                corruption("an array", good -> "[1, 2]",
                        "not an edition file of a digitalweek store: expected a JSON object"
                        + " with \"format\": \"digitalweek-store\", found an array", "[1, 2]"),
                corruption("a missing property", good -> good.replace("    \"zone\": \"Africa/Bamako\",\n", ""),
                        "required property \"zone\" is missing [/edition/zone]", "  \"edition\": {"),
                corruption("a null", good -> good.replace("\"zone\": \"Africa/Bamako\"", "\"zone\": null"),
                        "\"zone\" must not be null [/edition/zone]", "\"zone\": null"),
                corruption("an unknown value", good -> good.replace("\"PANEL\"", "\"PANNEL\""),
                        "unknown value for \"type\": expected one of OPENING_CEREMONY, CLOSING_CEREMONY,",
                        "\"PANNEL\""),
                corruption("an unknown property", good -> good.replace("\"zone\":", "\"zones\":"),
                        "unknown property \"zones\": the format has no such property here [/edition/zones]",
                        "\"zones\""),
                corruption("a null in a list", good -> good.replace("\"bm\"\n", "null\n"),
                        "an element of \"languages\" must not be null [/edition/sessions/0/languages/1]", "null"),
                corruption("a value the model refuses",
                        good -> good.replace("\"country\": \"BF\"", "\"country\": \"XX\""),
                        "not a valid value: 'XX' is not an ISO 3166-1 alpha-2 country code"
                                + " [/edition/ministries/1/country]", "\"country\": \"XX\""),
                corruption("a wrong date", good -> good.replace("\"2026-01-29\"", "\"2026-01-32\""),
                        "wrong value: expected a date such as \"2026-01-29\", found \"2026-01-32\""
                                + " [/edition/dates/start]", "\"2026-01-32\""),
                corruption("a duplicate property",
                        good -> good.replace("\"number\": 3,", "\"number\": 3, \"number\": 4,"),
                        "not well-formed JSON: Duplicate Object property \"number\"", "\"number\": 4"),
                corruption("another edition", good -> good.replace("\"id\": \"snm-full-2026\"", "\"id\": \"snm-2026\""),
                        "the file holds edition 'snm-2026', but its name is that of edition 'snm-full-2026'",
                        "\"id\": \"snm-2026\""),
                Arguments.of("not UTF-8", (UnaryOperator<byte[]>) good -> latin1(good),
                        "not UTF-8: the file has bytes here that are not UTF-8", "Semaine du Num"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptions")
    void aCorruptedFileIsNamedWithItsPlaceAndLeftUntouched(String name, UnaryOperator<byte[]> corrupt,
                                                           String expected, String expectedLine) throws IOException {
        byte[] corrupted = corrupt.apply(bytes(file));
        write(file, corrupted);

        UnreadableDocumentException e = unreadable(() -> store.load(ID));

        String rule = expected.replaceFirst(" \\[.*]$", "");
        assertThat(e.rule()).startsWith(rule);
        assertThat(e.source()).isEqualTo(file.toRealPath().toString());
        assertThat(e.getMessage()).startsWith(file.toRealPath() + " at line ").contains(", column ");
        assertThat(e.place().english()).matches("line \\d+, column \\d+( \\(/.*\\))?");
        if (expected.endsWith("]")) {
            assertThat(e.place().english()).endsWith("(" + expected.substring(expected.lastIndexOf('[') + 1,
                    expected.length() - 1) + ")");
        }
        if (expectedLine != null) {
            assertThat(e.place().english()).startsWith("line " + lineOf(corrupted, expectedLine) + ",");
        }
        assertThat(bytes(file)).isEqualTo(corrupted);

        assertThat(unreadable(() -> store.list(EditionQuery.ALL)).source()).isEqualTo(e.source());
        assertThat(unreadable(() -> store.save(saved, 1)).source()).isEqualTo(e.source());
        assertThat(unreadable(() -> store.delete(ID, 1)).source()).isEqualTo(e.source());
        assertThat(unreadable(() -> store.releases(ID)).source()).isEqualTo(e.source());
        assertThat(bytes(file)).isEqualTo(corrupted);
    }

    @Test
    void aNewerFormatVersionIsRefusedClearlyAndTheFileLeftAsItIs() {
        String newer = text(file).replace("\"formatVersion\": " + Migrations.CURRENT + ",", "\"formatVersion\": 7,")
                .replace("\"releaseCount\": 0,", "\"releaseCount\": 0,\n  \"addedInVersion7\": true,");
        write(file, newer.getBytes(StandardCharsets.UTF_8));

        UnreadableDocumentException e = unreadable(() -> store.load(ID));

        assertThat(e.rule())
                .isEqualTo("format version 7 is newer than this library reads (" + Migrations.CURRENT + ")");
        assertThat(e.place().english()).isEqualTo("line 3, column 20 (/formatVersion)");
        assertThat(e.getMessage()).contains(FullEdition.ID + ".json");
        assertThatThrownBy(() -> store.save(saved, 1)).isInstanceOf(UnreadableDocumentException.class);
        assertThat(text(file)).isEqualTo(newer);
    }

    @Test
    void aVersionThatIsNotOneIsRefused() {
        write(file, text(file).replace("\"formatVersion\": " + Migrations.CURRENT + ",", "\"formatVersion\": 0,")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(unreadable(() -> store.load(ID)).rule())
                .isEqualTo("format version 0 does not exist: versions start at 1");
    }

    @Test
    void aReleaseFileInPlaceOfAnEditionFileIsNamedAsSuch() {
        write(file, "{\"format\": \"digitalweek-store-release\", \"formatVersion\": 1}"
                .getBytes(StandardCharsets.UTF_8));

        UnreadableDocumentException e = unreadable(() -> store.load(ID));

        assertThat(e.rule()).isEqualTo("not an edition file of a digitalweek store: expected \"format\":"
                + " \"digitalweek-store\", found the string \"digitalweek-store-release\"");
        assertThat(e.place().english()).isEqualTo("line 1, column 12 (/format)");
    }

    @Test
    void theFrenchMessageKeepsTheFileAndSaysThePlaceAndTheRuleInFrench() {
        write(file, new byte[0]);

        UnreadableDocumentException e = unreadable(() -> store.load(ID));

        assertThat(e.getMessage("fr")).isEqualTo(e.source() + ", ligne 1, colonne 1 : fichier vide : attendu un objet"
                + " JSON avec \"format\" et \"formatVersion\"");
        assertThat(e.getMessage("en")).isEqualTo(e.source() + " at line 1, column 1: " + e.rule());
    }

    private static UnreadableDocumentException unreadable(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) thrown;
    }

    private static Arguments corruption(String name, UnaryOperator<String> corrupt, String expected,
                                        String expectedLine) {
        UnaryOperator<byte[]> onBytes = good -> corrupt.apply(new String(good, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return Arguments.of(name, onBytes, expected, expectedLine);
    }

    private static byte[] latin1(byte[] good) {
        return new String(good, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int lineOf(byte[] content, String text) {
        String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\n", -1);
        String wanted = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.contains(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no line has " + text))) + 1;
    }
}
