package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;

/** An application sets the longest canonical document with a system property, before making the importer. */
class MaxDocumentLengthPropertyTest {

    private final byte[] document = Documents.export(EditionFixtures.digitalWeek());

    @AfterEach
    void clearProperty() {
        System.clearProperty(CanonicalJsonImporter.MAX_DOCUMENT_LENGTH);
    }

    @Test
    void sets_the_longest_document_of_the_importers_made_after() throws IOException {
        CanonicalJsonImporter before = new CanonicalJsonImporter();
        System.setProperty(CanonicalJsonImporter.MAX_DOCUMENT_LENGTH, "4096");
        CanonicalJsonImporter after = new CanonicalJsonImporter();

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> after.read(new ByteArrayInputStream(document), Documents.IMPORT));

        assertThat(e.rule()).isEqualTo("document too long: a document may have 4096 characters at most");
        assertThat(document.length).isGreaterThan(4096);
        assertThat(before.read(new ByteArrayInputStream(document), Documents.IMPORT).warnings()).isEmpty();
    }

    @Test
    void refuses_a_length_that_is_not_a_positive_whole_number() {
        System.setProperty(CanonicalJsonImporter.MAX_DOCUMENT_LENGTH, "700 MB");

        assertThatThrownBy(CanonicalJsonImporter::new).isInstanceOf(IllegalStateException.class)
                .hasMessage("digitalweek.json.maxDocumentLength must be a positive whole number of characters, not 700 MB");
        System.setProperty(CanonicalJsonImporter.MAX_DOCUMENT_LENGTH, "0");
        assertThatThrownBy(CanonicalJsonImporter::new).isInstanceOf(IllegalStateException.class);
    }
}
