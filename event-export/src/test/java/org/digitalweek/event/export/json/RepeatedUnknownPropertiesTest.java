package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.port.out.ImportResult;

/** Issue 16, item 14: the same unknown property on every session is said once, with a count and its first places. */
class RepeatedUnknownPropertiesTest {

    @Test
    void an_unknown_property_on_every_session_is_one_warning_at_the_first_with_the_count() throws IOException {
        String document = Documents.exportText(EditionFixtures.digitalWeek());
        int sessions = document.indexOf("\"sessions\"");
        String extended = document.substring(0, sessions) + document.substring(sessions)
                .replace("\"type\": \"", "\"colour\": \"red\", \"type\": \"");
        int count = extended.split("\"colour\"", -1).length - 1;

        ImportResult read = Documents.read(extended);

        assertThat(count).isGreaterThan(2);
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place().english()).isEqualTo(Documents.placeOf(extended, "\"colour\"") + " (/edition/sessions/0/colour)");
            assertThat(w.messageEn()).startsWith("unknown property \"colour\" skipped (" + count + " times; also at ")
                    .contains("(/edition/sessions/1/colour)").contains("(/edition/sessions/2/colour)");
            assertThat(w.messageFr()).startsWith("propriété inconnue « colour » ignorée (" + count + " fois ; aussi : ");
        });
    }
}
