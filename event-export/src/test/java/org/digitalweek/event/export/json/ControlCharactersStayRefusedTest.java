package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.port.out.ImportResult;

/**
 * Only the importers of other programs' schedules repair control characters: the canonical JSON
 * is this library's own document, and a DEL in it is refused as a command's would be.
 */
class ControlCharactersStayRefusedTest {

    @Test
    void aDeleteInACanonicalTitleIsStillRefused() throws IOException {
        String document = Documents.exportText(EditionFixtures.digitalWeek())
                .replace("\"Bamako Digital Week, 4th edition\"", "\"Bamako Digital\\u007fWeek, 4th edition\"");

        ImportResult read = Documents.read(document);
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> Validators.inputValidator().check("edition.json", read.edition()));

        assertThat(read.warnings()).noneMatch(w -> w.messageEn().contains("control character"));
        assertThat(refusal).as("the canonical JSON must still refuse a control character").isNotNull();
        assertThat(refusal.getMessage()).contains("U+007F");
    }
}
