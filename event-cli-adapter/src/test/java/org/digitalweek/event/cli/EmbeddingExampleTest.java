package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ExportedDocument;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.RuleSettings;
import org.digitalweek.event.domain.rules.Severity;
import org.digitalweek.event.export.sample.SampleEditions;

/**
 * The embedding examples, as an application writes them: the library's facade over a store found by
 * {@code ServiceLoader} ({@code mem:} of the persistence module), the formats of the export module,
 * and the in-ports only.
 */
class EmbeddingExampleTest {

    @Test
    void theEmbeddingExampleRuns() throws IOException {
        try (Digitalweek week = Digitalweek.builder().store("mem:").rules(RuleSettings.defaults()
                .with(Rule.OVER_CAPACITY, Severity.ERROR).withTravelBuffer(Duration.ofMinutes(45))).build()) {
            EditionDraft draft = SampleEditions.read("snm-2026", ImportContext.named("snm-2026.json")).edition();
            ChangeOutcome planned = week.programme().plan(new PlanEditionCommand(draft));
            List<Finding> findings = week.programme().check(new EditionQueryById("snm-2026")).findings();
            Release printed = week.publication().publish(PublishEditionCommand.of("snm-2026", 1L));
            week.programme().cancel(new CancelSessionCommand("snm-2026", 2L, "masterclass-ia"));
            ProgrammeDiff changes = week.publication().diff(new ReleaseDiffQuery("snm-2026", printed.label(), null));

            assertThat(planned.version()).isEqualTo(1);
            assertThat(planned.caused()).isEqualTo(findings).isEmpty();
            assertThat(printed.number()).isEqualTo(1);
            assertThat(DiffText.render(changes, "fr")).startsWith("× Annulée")
                    .contains("« Masterclass en intelligence artificielle » (masterclass-ia)");
        }
    }

    @Test
    void aFrontEndListsReadsWithTheVersionMovesWithTheFindingsAndIsRefusedAStaleWrite() throws IOException {
        try (Digitalweek week = Digitalweek.open("mem:")) {
            EditionDraft draft = SampleEditions.read("snm-2026", ImportContext.named("snm-2026.json")).edition();
            week.programme().plan(new PlanEditionCommand(draft));

            assertThat(week.programme().editions(EditionQuery.ALL)).extracting(e -> e.id().value())
                    .containsExactly("snm-2026");
            PublicEdition read = week.programme().edition(new EditionQueryById("snm-2026"));
            var panel = read.session(new SessionId("panel-gouvernance-numerique")).orElseThrow();
            var other = read.programme().stream().filter(s -> !s.id().equals(panel.id()) && s.room().isPresent())
                    .findFirst().orElseThrow();
            ChangeOutcome moved = week.programme().move(new MoveSessionCommand("snm-2026", read.version(),
                    panel.id().value(), new SlotDraft(other.slot().start(), other.slot().end()),
                    other.room().orElseThrow().value()));

            assertThat(moved.version()).isEqualTo(read.version() + 1);
            assertThat(moved.caused()).extracting(Finding::rule).contains(Rule.ROOM_DOUBLE_BOOKED);
            assertThatThrownBy(() -> week.programme().cancel(new CancelSessionCommand("snm-2026", read.version(),
                    panel.id().value()))).isInstanceOf(VersionConflictException.class);
            ExportedDocument ics = week.documents().export(new ExportQuery("snm-2026", "ics", "en"));
            assertThat(ics.format().mediaType()).isEqualTo("text/calendar");
            assertThat(ics.version()).isEqualTo(moved.version());
        }
    }

    @Test
    void theImportExampleRuns() throws IOException {
        try (Digitalweek week = Digitalweek.open("mem:")) {
            EditionDraft sample = SampleEditions.read("snm-2026", ImportContext.named("snm-2026.json")).edition();
            week.programme().plan(new PlanEditionCommand(sample));
            byte[] schedule = week.documents().export(new ExportQuery("snm-2026", "frab-xml", "fr")).bytes();

            ImportReport report = week.documents().importEdition(ImportEditionCommand.create("frab-xml",
                    ImportContext.named("fosdem-2021.xml").withEditionId("fosdem-2021")
                            .withDefaultZone(ZoneId.of("Europe/Brussels"))), new ByteArrayInputStream(schedule));

            assertThat(report.stored()).isTrue();
            assertThat(week.programme().edition(new EditionQueryById("fosdem-2021")).version()).isEqualTo(1);
            assertThat(report.edition().sessions()).hasSize(5);
            assertThat(report.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.place().english()).isNotBlank());
        }
    }
}
