package org.digitalweek.event.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passwords in store URIs, in the query or in the user part, never shown. */
class UriSecretsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://u:PW@host/db | jdbc:postgresql://u:***@host/db",
        "jdbc:postgresql://u:PW@host:5432/db?ssl=true | jdbc:postgresql://u:***@host:5432/db?ssl=true",
        "jdbc:postgresql://u:p@ss:w@host/db | jdbc:postgresql://u:***@host/db",
        "jdbc:postgresql://host/db?user=u&password=PW | jdbc:postgresql://host/db?user=u&password=***",
        "jdbc:postgresql://u:PW@host/db?sslpassword=KEY | jdbc:postgresql://u:***@host/db?sslpassword=***",
        "file://u:PW@example.org/store | file://u:***@example.org/store",
        "jdbc:postgresql://u@host/db | jdbc:postgresql://u@host/db",
        "jdbc:sqlite:/tmp/a:b@c.db | jdbc:sqlite:/tmp/a:b@c.db"})
    void everyPasswordIsMasked(String uri, String shown) {
        assertThat(UriSecrets.masked(uri)).isEqualTo(shown);
        assertThat(UriSecrets.masked(shown)).isEqualTo(shown);
    }

    @Test
    void thePasswordsAreFoundToScrubThemFromOtherTexts() {
        String uri = "jdbc:postgresql://u:PW1@host/db?password=PW2";

        assertThat(UriSecrets.of(uri)).containsExactly("PW1", "PW2");
        assertThat(UriSecrets.scrub("FATAL: password authentication failed (PW1, PW2) at " + uri, uri))
                .isEqualTo("FATAL: password authentication failed (***, ***) at "
                        + "jdbc:postgresql://u:***@host/db?password=***");
    }

    @Test
    void aStoreUriExceptionMasksTheUriAndTheRulesWhoeverBuildsIt() {
        String uri = "ftp://admin:Bamako-2026@example.org/x";
        StoreUriException e = new StoreUriException(uri, "« admin:Bamako-2026@example.org » est inconnu",
                "'admin:Bamako-2026@example.org' is unknown", List.of("file:PATH"));

        assertThat(e.uri()).isEqualTo("ftp://admin:***@example.org/x");
        assertThat(List.of(e.getMessage(), e.getMessage("fr"), e.getMessage("en")))
                .allSatisfy(message -> assertThat(message).doesNotContain("Bamako-2026").contains("admin:***@"));
    }
}
