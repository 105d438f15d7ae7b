package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.digitalweek.event.domain.fixtures.RandomEditions;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.jsonread.ReadLimits;

/**
 * The quick reader gives the drafts the explaining reader gives, and gives up on every document
 * about which the explaining reader has something to say, so that its messages and places stay.
 */
class CleanDocumentReaderProperties {

    private final CleanDocumentReader clean = new CleanDocumentReader(ReadLimits.CANONICAL);

    @Property(tries = 200)
    void readsWhatTheExplainingReaderReads(@ForAll("editions") PublicEdition edition) throws IOException {
        byte[] document = Documents.export(edition);

        Optional<ImportResult> quick = clean.read(document, document.length);

        assertThat(quick).isPresent();
        assertThat(quick.get().edition()).isEqualTo(explained(document).edition());
        assertThat(quick.get().warnings()).isEmpty();
    }

    @Property(tries = 100)
    void givesUpWhereTheExplainingReaderWarnsOrFails(@ForAll("editions") PublicEdition edition) throws IOException {
        String document = Documents.exportText(edition);
        for (String changed : spoiled(document)) {
            if (changed.equals(document)) {
                continue; // nothing to change in this edition: no session, say
            }
            byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
            assertThat(clean.read(bytes, bytes.length)).as(changed).isEmpty();
        }
    }

    @Example
    void readsPastAByteOrderMark() {
        byte[] document = Documents.export(EditionFixtures.digitalWeek());
        byte[] marked = new byte[document.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(document, 0, marked, 3, document.length);

        assertThat(clean.read(marked, marked.length)).isPresent();
    }

    @Example
    void givesUpOnBytesThatAreNotUtf8() {
        byte[] document = Documents.export(EditionFixtures.digitalWeek());
        int inAString = Documents.exportText(EditionFixtures.digitalWeek()).indexOf("\"id\": \"") + 7;
        document[inAString] = (byte) 0xC3; // a lead byte followed by ASCII
        byte[] surrogate = Documents.export(EditionFixtures.digitalWeek());
        surrogate[inAString] = (byte) 0xED; // U+D800 encoded, which UTF-8 does not allow
        surrogate[inAString + 1] = (byte) 0xA0;
        surrogate[inAString + 2] = (byte) 0x80;

        assertThat(clean.read(document, document.length)).isEmpty();
        assertThat(clean.read(surrogate, surrogate.length)).isEmpty();
    }

    @Example
    void givesUpOnADocumentAtItsLengthLimit() {
        byte[] document = Documents.export(EditionFixtures.digitalWeek());
        CleanDocumentReader small = new CleanDocumentReader(new ReadLimits(64, 1024, document.length));

        assertThat(small.read(document, document.length)).isEmpty();
    }

    @Example
    void givesUpOnAStringAtItsLengthLimit() {
        byte[] document = Documents.export(EditionFixtures.digitalWeek());
        CleanDocumentReader small = new CleanDocumentReader(new ReadLimits(64, 8, Integer.MAX_VALUE));

        assertThat(small.read(document, document.length)).isEmpty();
    }

    @Provide
    Arbitrary<PublicEdition> editions() {
        return RandomEditions.editions();
    }

    /** Documents the explaining reader warns about or refuses, each one change away from a clean one. */
    private static String[] spoiled(String document) {
        return new String[] {
            document.replaceFirst("\"id\": ", "\"unknown\": 1, \"id\": "),
            document.replaceFirst("\"id\": ", "\"id\": \"x\", \"id\": "),
            document.replaceFirst("\"id\": \"[^\"]*\"", "\"id\": null"),
            document.replaceFirst("\"id\": \"[^\"]*\"", "\"id\": 3"),
            document.replaceFirst("\"number\": \\d+", "\"number\": \"3\""),
            document.replaceFirst("\"number\": \\d+", "\"number\": 3.0"),
            document.replaceFirst("\"number\": \\d+", "\"number\": 30000000000"),
            document.replaceFirst("\"startDate\": \"[^\"]*\"", "\"startDate\": \"tomorrow\""),
            document.replaceFirst("\"type\": \"[A-Z_]*\"", "\"type\": \"PANNEL\""),
            document.replaceFirst("\"format\": \"digitalweek-edition\"", "\"format\": \"other\""),
            document.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 2"),
            document.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 1, \"formatVersion\": 1"),
            document.replaceFirst("\"formatVersion\": 1,", ""),
            document.replaceFirst("\"edition\": \\{", "\"edition\": {\"edition\": {}, "),
            document.replaceFirst("\\{", "{\"extra\": [], "),
            document + "{}",
            document.substring(0, document.length() / 2),
            "[" + document + "]",
        };
    }

    private static ImportResult explained(byte[] document) throws IOException {
        return new DocumentReader(CanonicalJson.readingMapper(ReadLimits.CANONICAL), ReadLimits.CANONICAL,
                Documents.SOURCE).read(new ByteArrayInputStream(document));
    }
}
