package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.export.jsonread.Places;
import org.digitalweek.event.export.jsonread.ReadLimits;

class CanonicalJsonImporterTest {

    private static final String ENVELOPE = "{\"format\": \"digitalweek-edition\", \"formatVersion\": 1";

    private final String document = Documents.exportText(EditionFixtures.digitalWeek());

    @Test
    void names_its_format() {
        CanonicalJsonImporter importer = new CanonicalJsonImporter();

        assertThat(importer.formatId()).isEqualTo("json");
        assertThat(importer.mediaType()).isEqualTo("application/vnd.digitalweek.edition+json");
    }

    @Test
    void reads_the_envelope_in_any_order_with_a_byte_order_mark() throws IOException {
        String edition = document.substring(document.indexOf("\"edition\""), document.lastIndexOf('}'));
        String reordered = "\uFEFF{" + edition + ", \"formatVersion\": 1, \"format\": \"digitalweek-edition\"}";

        ImportResult read = Documents.read(reordered);

        assertThat(Drafts.toEdition(read.edition())).isEqualTo(EditionFixtures.digitalWeek());
    }

    @Test
    void reads_the_stream_to_its_end_and_leaves_it_open() throws IOException {
        TrackedInput in = new TrackedInput(document.getBytes(StandardCharsets.UTF_8));

        new CanonicalJsonImporter().read(in, Documents.IMPORT);

        assertThat(in.closed).isFalse();
        assertThat(in.available()).isZero();
    }

    @Test
    void skips_unknown_properties_and_reports_each_at_its_pointer_in_document_order() throws IOException {
        String extended = document
                .replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"generator\": {\"name\": \"x\"},")
                .replace("\"hostCity\": \"Bamako\",", "\"hostCity\": \"Bamako\", \"colour\": [1, {\"a\": 2}],")
                .replace("\"shortName\": \"CICB\",", "\"shortName\": \"CICB\", \"a/b~c\": null,")
                .replace("\"capacity\": 40", "\"capacity\": 40, \"floor\": 2");

        ImportResult read = Documents.read(extended);

        assertThat(read.warnings()).extracting(w -> w.place().english()).containsExactly(
                Documents.placeOf(extended, "\"generator\"") + " (/generator)",
                Documents.placeOf(extended, "\"colour\"") + " (/edition/colour)",
                Documents.placeOf(extended, "\"a/b~c\"") + " (/edition/venues/0/a~1b~0c)",
                Documents.placeOf(extended, "\"floor\"") + " (/edition/venues/1/rooms/0/floor)");
        assertThat(read.warnings().get(1).messageEn()).isEqualTo("unknown property \"colour\" skipped");
        assertThat(read.warnings().get(1).messageFr()).isEqualTo("propriété inconnue « colour » ignorée");
        assertThat(Drafts.toEdition(read.edition())).isEqualTo(EditionFixtures.digitalWeek());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a string for a number      | "number": 4              | "number": "three"   | "three" | /edition/number | wrong type for "number": expected a whole number, found the string "three"
            a fraction for a number    | "number": 4              | "number": 4.5       | 4.5     | /edition/number | wrong value for "number": expected a whole number, found the number 4.5
            a number out of range      | "number": 4              | "number": 9999999999 | 9999999999 | /edition/number | wrong value for "number": expected a whole number from -2147483648 to 2147483647, found the number 9999999999
            a number for a string      | "hostCity": "Bamako"     | "hostCity": 12      | 12      | /edition/hostCity | wrong type for "hostCity": expected a string, found the number 12
            a string for true or false | "sharedSpace": true      | "sharedSpace": "yes" | "yes"  | /edition/venues/0/rooms/1/sharedSpace | wrong type for "sharedSpace": expected true or false, found the string "yes"
            a string for an object     | "series": {              | "series": "sdb", "x": { | "sdb" | /edition/series | wrong type for "series": expected an object, found the string "sdb"
            an object for an array     | "venues": [              | "venues": {"v": [   | {"v"    | /edition/venues | wrong type for "venues": expected an array, found an object
            a number for a text        | "fr": "Semaine du numérique de Bamako, 4e édition" | "fr": 3 | 3 | /edition/title/fr | wrong type for "fr": expected a string, found the number 3
            an impossible date         | "startDate": "2026-11-23" | "startDate": "2026-13-45" | "2026-13-45" | /edition/startDate | wrong value for "startDate": expected a date as a string such as "2026-11-24", found the string "2026-13-45"
            an empty date              | "startDate": "2026-11-23" | "startDate": ""     | ""      | /edition/startDate | wrong value for "startDate": expected a date as a string such as "2026-11-24"
            a date as an array         | "startDate": "2026-11-23" | "startDate": [2026, 11, 23] | [2026 | /edition/startDate | wrong type for "startDate": expected a date as a string such as "2026-11-24", found an array
            a time with a zone         | "start": "2026-11-23T09:00:00" | "start": "2026-11-23T09:00:00Z" | "2026-11-23T09:00:00Z" | /edition/sessions/0/slot/start | wrong value for "start": expected a date and time
            an instant as a number     | "publishedAt": "2026-11-02T08:30:00Z" | "publishedAt": 1700000000 | 1700000000 | /edition/publishedAt | wrong type for "publishedAt": expected an instant in UTC
            an unknown session type    | "type": "PANEL"          | "type": "PANNEL"    | "PANNEL" | /edition/sessions/1/type | unknown value for "type": expected one of OPENING_CEREMONY, CLOSING_CEREMONY, KEYNOTE, PANEL, MASTERCLASS, TRAINING, WORKSHOP, EXHIBITION, BREAK, OTHER, found the string "PANNEL"
            an enum by its index       | "type": "PANEL"          | "type": 3           | 3       | /edition/sessions/1/type | wrong type for "type": expected one of OPENING_CEREMONY
            an unknown role            | "PARTNER"                | "SPONSOR"           | "SPONSOR" | /edition/participations/2/roles/1 | unknown value for an element of "roles": expected one of HOST, ORGANISER, PATRON, GUEST_DELEGATION, PARTNER, found the string "SPONSOR"
            an unknown session status  | "status": "CANCELLED"    | "status": "CANCELED" | "CANCELED" | /edition/sessions/3/status | unknown value for "status": expected one of CONFIRMED, TENTATIVE, CANCELLED, found the string "CANCELED"
            a null edition             | "edition": {             | "edition": null, "x": { | null | /edition | wrong type for "edition": expected an object, found null
            a wrong format marker      | "format": "digitalweek-edition" | "format": "frab" | "frab" | /format | not an edition document: "format" must be "digitalweek-edition", found the string "frab"
            an unsupported version     | "formatVersion": 1       | "formatVersion": 2  | 2       | /formatVersion | unsupported format version 2: this reader reads "formatVersion": 1 only
            a version as a string      | "formatVersion": 1       | "formatVersion": "1" | "1"    | /formatVersion | wrong type for "formatVersion": expected the whole number 1, found the string "1"
            """)
    void refuses_a_value_of_the_wrong_type_naming_its_place(String problem, String valid, String invalid,
                                                            String value, String pointer, String rule) {
        int at = document.indexOf(valid);
        String broken = document.substring(0, at) + invalid + document.substring(at + valid.length());

        UnreadableDocumentException e = unreadable(broken);

        assertThat(e.source()).isEqualTo(Documents.SOURCE);
        assertThat(e.place().english()).isEqualTo(Documents.placeAt(broken, at + invalid.indexOf(value)) + " (" + pointer + ")");
        assertThat(e.rule()).startsWith(rule);
        assertThat(e.getMessage()).isEqualTo(Documents.SOURCE + " at " + e.place() + ": " + e.rule());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing comma         | "hostCity": "Bamako",        | "hostCity": "Bamako"        | not well-formed JSON: Unexpected character
            a missing value         | "hostCity": "Bamako",        | "hostCity": ,               | not well-formed JSON: Unexpected character
            a repeated property     | "hostCity": "Bamako",        | "hostCity": "Bamako", "hostCity": "Kati", | duplicate property: "hostCity" appears twice in the same object
            """)
    void refuses_text_that_is_not_well_formed(String problem, String valid, String invalid, String rule) {
        UnreadableDocumentException e = unreadable(document.replace(valid, invalid));

        assertThat(e.place().english()).matches("line \\d+, column \\d+ \\(/edition/hostCity\\)");
        assertThat(e.rule()).startsWith(rule);
    }

    @Test
    void refuses_a_document_cut_short() {
        String truncated = document.substring(0, document.indexOf("\"officials\""));

        UnreadableDocumentException e = unreadable(truncated);

        assertThat(e.place().english()).startsWith(Documents.placeAt(truncated, truncated.length()));
        assertThat(e.rule()).startsWith("not well-formed JSON: Unexpected end-of-input");
    }

    @Test
    void refuses_content_after_the_document() {
        UnreadableDocumentException e = unreadable(document + "{}");

        assertThat(e.place().english()).isEqualTo(Documents.placeAt(document + "{}", document.length()));
        assertThat(e.place().english()).endsWith(", column 1");
        assertThat(e.rule()).isEqualTo("content after the end of the document: found an object after the closing brace");
    }

    @Test
    void refuses_a_document_that_is_not_an_object() {
        assertThat(unreadable("").rule()).startsWith("empty document: expected a JSON object with \"format\"");
        assertThat(unreadable("  \n  ").rule()).startsWith("empty document");
        assertThat(unreadable("[1]")).satisfies(e -> {
            assertThat(e.place().english()).isEqualTo("line 1, column 1");
            assertThat(e.rule()).isEqualTo("not an edition document: expected a JSON object, found an array");
        });
        assertThat(unreadable("\n  \"edition\"").rule()).isEqualTo(
                "not an edition document: expected a JSON object, found the string \"edition\"");
    }

    @Test
    void refuses_a_document_without_its_marker_version_or_edition() {
        assertThat(unreadable(document.replace("\"format\": \"digitalweek-edition\",", ""))).satisfies(e -> {
            assertThat(e.place().english()).isEqualTo("line 1, column 1");
            assertThat(e.rule()).isEqualTo("not an edition document: \"format\": \"digitalweek-edition\" is missing");
        });
        assertThat(unreadable(document.replace("\"formatVersion\": 1,", "")).rule())
                .isEqualTo("missing \"formatVersion\": expected 1");
        assertThat(unreadable(ENVELOPE + "}").rule()).isEqualTo("missing \"edition\": the document has no edition");
    }

    @Test
    void refuses_bytes_that_are_not_utf8() {
        byte[] latin1 = document.getBytes(StandardCharsets.ISO_8859_1);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> Documents.read(latin1));
        UnreadableDocumentException first = catchThrowableOfType(UnreadableDocumentException.class,
                () -> Documents.read(new byte[] {(byte) 0xFF, '{', '}'}));

        assertThat(e.rule()).startsWith("not UTF-8");
        assertThat(e.place().english()).matches("line \\d+, column \\d+.*");
        assertThat(first.rule()).startsWith("not UTF-8");
        assertThat(first.place().english()).isEqualTo("line 1, column 1");
    }

    @Test
    void counts_columns_in_characters_not_bytes() {
        String accented = ENVELOPE + ", \"edition\": {\"hostCity\": \"Ségou – Ké-Macina\", \"number\": \"three\"}}";

        UnreadableDocumentException e = unreadable(accented);

        assertThat(e.place().english()).isEqualTo(Documents.placeOf(accented, "\"three\"") + " (/edition/number)");
    }

    @Test
    void lets_a_failing_stream_fail_with_its_own_exception() {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read == bytes.length / 2) {
                    throw new IOException("network down");
                }
                return bytes[read++] & 0xFF;
            }
        };

        assertThatThrownBy(() -> new CanonicalJsonImporter().read(failing, Documents.IMPORT))
                .isExactlyInstanceOf(IOException.class).hasMessage("network down");
    }

    @Test
    void refuses_nesting_deeper_than_64_even_in_unknown_properties() {
        String deep = "[".repeat(100) + "]".repeat(100);

        UnreadableDocumentException top = unreadable(ENVELOPE + ", \"deep\": " + deep + "}");
        UnreadableDocumentException inside = unreadable(
                document.replace("\"hostCity\": \"Bamako\",", "\"deep\": " + deep + ", \"hostCity\": \"Bamako\","));

        assertThat(top.rule()).isEqualTo("too deeply nested: objects and arrays may be nested 64 levels deep at most");
        String topDocument = ENVELOPE + ", \"deep\": " + deep + "}";
        assertThat(top.place().english()).as("at the 64th bracket, the 65th level")
                .startsWith(Documents.placeAt(topDocument, topDocument.indexOf('[') + 63) + " (/deep/0/0/");
        assertThat(inside.rule()).isEqualTo(top.rule());
        assertThat(inside.place().english()).contains("(/edition/deep/0/0/");
    }

    @Test
    void refuses_a_string_longer_than_1_mib_wherever_it_is() {
        String huge = "a".repeat(2 * 1024 * 1024);

        UnreadableDocumentException known = unreadable(
                document.replace("\"hostCity\": \"Bamako\"", "\"hostCity\": \"" + huge + "\""));
        UnreadableDocumentException unknown = unreadable(ENVELOPE + ", \"notes\": [\"" + huge + "\"]}");

        assertThat(known.rule()).isEqualTo("string too long: a single string may have 1 MiB (1048576 characters) at most");
        assertThat(known.place().english()).isEqualTo(Documents.placeOf(document, "\"Bamako\"") + " (/edition/hostCity)");
        assertThat(unknown.rule()).isEqualTo(known.rule());
        assertThat(unknown.place().english()).endsWith("(/notes/0)");
    }

    @Test
    void refuses_a_document_longer_than_its_limit() {
        CanonicalJsonImporter small = new CanonicalJsonImporter(new ReadLimits(64, 1024, 4096));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> small.read(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), Documents.IMPORT));

        assertThat(e.rule()).isEqualTo("document too long: a document may have 4096 characters at most");
        assertThat(e.place().english()).startsWith("line ");
        assertThat(ReadLimits.CANONICAL).isEqualTo(new ReadLimits(64, 1 << 20, 512L << 20));
        assertThat(ReadLimits.describeLength(ReadLimits.CANONICAL.maxDocumentLength()))
                .isEqualTo("512 MiB (536870912 characters)");
    }

    private static UnreadableDocumentException unreadable(String text) {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> Documents.read(text));
        assertThat(e).as("refused: %s", Places.abbreviate(text)).isNotNull();
        return e;
    }

    private static final class TrackedInput extends ByteArrayInputStream {
        private boolean closed;

        TrackedInput(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
