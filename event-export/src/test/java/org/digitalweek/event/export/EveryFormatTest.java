package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.Editions;

/** What every exporter found with ServiceLoader promises, whatever its format. */
class EveryFormatTest {

    private static final String CANARY = "CANARY-7f3a";

    static Stream<Exporter> exporters() {
        return FormatCatalogue.discover(EveryFormatTest.class.getClassLoader()).exporters().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void theSameEditionGivesTheSameBytes(Exporter exporter) {
        assertThat(exporter.formatId()).matches("[a-z0-9-]+");
        assertThat(exporter.mediaType()).contains("/");
        for (String language : List.of("fr", "en")) {
            byte[] once = Editions.export(exporter, Editions.sample(), language);
            assertThat(once).isNotEmpty().isEqualTo(Editions.export(exporter, Editions.sample(), language));
        }
        assertThat(Editions.export(exporter, Editions.generated(), "fr"))
                .isEqualTo(Editions.export(exporter, Editions.generated(), "fr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void internalRecordsNeverReachAnExport(Exporter exporter) {
        Edition edition = new Edition(Editions.sample(), new InternalRecords(Map.of(
                new OfficialId("alhamdou-ag-ilyene"), new ProtocolFile(List.of(
                        new Contact(ContactKind.EMAIL, CANARY + "@example.ml"),
                        new Contact(ContactKind.PHONE, "+223 " + CANARY)), CANARY + " protocol notes"))));

        for (String language : List.of("fr", "en")) {
            String output = new String(Editions.export(exporter, edition.publicView(), language), StandardCharsets.UTF_8);
            assertThat(output).doesNotContain(CANARY);
        }
    }
}
