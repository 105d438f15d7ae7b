package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * The canonical document's places count lines as editors and {@code grep -n} do: a CR alone between
 * two members of a file whose lines end with LF is no line break, though Jackson counts one.
 */
class CanonicalLineBreaksTest {

    private final String document = Documents.exportText(EditionFixtures.digitalWeek());

    @Test
    void aWarningAfterALoneCrIsPlacedAtTheEditorsLineAndColumn() throws IOException {
        String extended = document.replace("\"hostCity\": \"Bamako\",", "\"hostCity\": \"Bamako\",\r \"colour\": 1,");

        ImportResult read = Documents.read(extended);

        assertThat(read.warnings()).extracting(w -> w.place().english())
                .containsExactly(Documents.placeOf(extended, "\"colour\"") + " (/edition/colour)");
    }

    @Test
    void aFailureAfterALoneCrIsPlacedAtTheEditorsLine() {
        String broken = document.replace("\"hostCity\": \"Bamako\",", "\"hostCity\": \"Bamako\",\r\r \"number\": x,");

        UnreadableDocumentException refusal = catchThrowableOfType(UnreadableDocumentException.class,
                () -> Documents.read(broken));

        assertThat(refusal).isNotNull();
        assertThat(refusal.place().english()).startsWith(Documents.placeOf(broken, "x,").replaceAll(", column.*", ", column"));
    }
}
