package org.digitalweek.event.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.ZoneId;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.service.FormatCatalogue;
import org.digitalweek.event.domain.service.ImportService;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.RuleSettings;
import org.digitalweek.event.domain.rules.Severity;
import org.digitalweek.event.domain.service.ProgrammeService;
import org.digitalweek.event.domain.service.PublicationService;
import org.digitalweek.event.domain.validation.InputValidator;
import org.digitalweek.event.export.sample.SampleEditions;
import org.digitalweek.event.persistence.memory.InMemoryEditions;

/** The README's embedding example, as written there, works. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleRuns() throws IOException {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        Editions store = new InMemoryEditions();
        InputValidator validator = new InputValidator(factory);
        ProgrammeChecker checker = new ProgrammeChecker(RuleSettings.defaults()
                .with(Rule.OVER_CAPACITY, Severity.ERROR).withTravelBuffer(Duration.ofMinutes(45)));
        ProgrammeService programme = new ProgrammeService(store, validator, checker);
        PublicationService publication = new PublicationService(store, validator, checker, Clock.systemUTC());

        EditionDraft draft = SampleEditions.read("snm-2026",
                new ImportContext("snm-2026.json", Optional.empty())).edition();
        Edition edition = programme.plan(new PlanEditionCommand(draft));
        List<Finding> findings = programme.check(new EditionQueryById("snm-2026")).findings();
        Release printed = publication.publish(PublishEditionCommand.of("snm-2026", 1L));
        programme.cancel(new CancelSessionCommand("snm-2026", 2L, "masterclass-ia"));
        ProgrammeDiff changes = publication.diff(new ReleaseDiffQuery("snm-2026", printed.label(), null));

        assertThat(edition.version()).isEqualTo(1);
        assertThat(findings).isEmpty();
        assertThat(printed.number()).isEqualTo(1);
        assertThat(DiffText.render(changes, "fr")).startsWith("× Annulée")
                .contains("« Masterclass en intelligence artificielle » (masterclass-ia)");
    }

    @Test
    void theReadmeImportExampleRuns() throws IOException {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        Editions store = new InMemoryEditions();
        InputValidator validator = new InputValidator(factory);
        ProgrammeChecker checker = new ProgrammeChecker(RuleSettings.defaults());
        FormatCatalogue formats = FormatCatalogue.discover(Thread.currentThread().getContextClassLoader());
        ByteArrayOutputStream schedule = new ByteArrayOutputStream();
        formats.exporter("frab-xml").orElseThrow().export(Drafts.toEdition(SampleEditions.read("snm-2026",
                ImportContext.named("snm-2026.json")).edition()), new ExportContext(Clock.systemUTC(), "fr"), schedule);
        InputStream in = new ByteArrayInputStream(schedule.toByteArray());

        ImportService imports = new ImportService(store, validator, checker,
                FormatCatalogue.discover(Thread.currentThread().getContextClassLoader()));
        ImportReport report = imports.importEdition(ImportEditionCommand.create("frab-xml",
                ImportContext.named("fosdem-2021.xml").withDefaultZone(ZoneId.of("Europe/Brussels"))), in);

        assertThat(report.stored()).isTrue();
        assertThat(store.load(report.edition().id())).isPresent();
        assertThat(report.edition().sessions()).hasSize(5);
        assertThat(report.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.place().english()).isNotBlank());
        factory.close();
    }
}
