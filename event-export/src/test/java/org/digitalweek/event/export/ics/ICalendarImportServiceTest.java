package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.in.ImportEdition;
import org.digitalweek.event.export.support.DocumentsOverAStore;
import org.digitalweek.event.export.support.Editions;

/** Through the import use case: a refused calendar leaves the store as it was, a dry run stores nothing. */
class ICalendarImportServiceTest {

    private static final EditionId SAMPLE = new EditionId("snm-2026");

    private final FakeEditions store = new FakeEditions();
    private final ImportEdition imports = DocumentsOverAStore.over(store);
    private final byte[] calendar = Editions.export(new ICalendarExporter(), Editions.sample(), "fr");

    @Test
    void a_broken_calendar_leaves_the_stored_edition_as_it_was() {
        Edition before = store.save(Edition.of(Editions.sample()), 0);
        String text = new String(calendar, StandardCharsets.UTF_8);
        byte[] truncated = text.substring(0, text.lastIndexOf("END:VEVENT")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.importEdition(replacing(), new ByteArrayInputStream(truncated)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("truncated");

        assertThat(store.load(SAMPLE)).contains(before);
    }

    @Test
    void a_calendar_whose_edition_exists_is_refused_unless_replacing_and_nothing_changes() {
        PublicEdition changed = elsewhere();
        Edition before = store.save(Edition.of(changed), 0);

        assertThatThrownBy(() -> imports.importEdition(ImportEditionCommand.create("ics", ImportedCalendars.CONTEXT),
                new ByteArrayInputStream(calendar))).isInstanceOf(ForbiddenChangeException.class);

        assertThat(store.load(SAMPLE)).contains(before);
    }

    @Test
    void a_dry_run_reports_the_import_and_stores_nothing() throws IOException {
        ImportReport report = imports.importEdition(ImportEditionCommand.create("ics", ImportedCalendars.CONTEXT)
                .asDryRun(), new ByteArrayInputStream(calendar));

        assertThat(report.stored()).isFalse();
        assertThat(report.edition().sessions()).hasSameSizeAs(Editions.sample().sessions());
        assertThat(report.warnings()).isNotEmpty();
        assertThat(store.load(SAMPLE)).isEmpty();
    }

    @Test
    void replacing_stores_the_calendars_content_once() throws IOException {
        store.save(Edition.of(elsewhere()), 0);

        ImportReport report = imports.importEdition(replacing(), new ByteArrayInputStream(calendar));

        assertThat(report.stored()).isTrue();
        assertThat(store.load(SAMPLE)).get().satisfies(stored -> {
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.publicView().hostCity()).contains("Bamako");
        });
    }

    /** @return the sample, hosted in Ségou: not what the calendar says */
    private static PublicEdition elsewhere() {
        PublicEdition sample = Editions.sample();
        return sample.toBuilder().host(Optional.of("Ségou"), sample.hostCountry()).build();
    }

    private static ImportEditionCommand replacing() {
        return ImportEditionCommand.create("ics", ImportedCalendars.CONTEXT).replacing();
    }
}
