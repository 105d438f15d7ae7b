package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.out.ImportContext;
import org.digitalweek.event.domain.service.ProgrammeService;
import org.digitalweek.event.domain.validation.InputValidator;
import org.digitalweek.event.export.sample.SampleEditions;
import org.digitalweek.event.persistence.memory.InMemoryEditions;

/** The README's embedding example, as written there, works. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleRuns() throws IOException {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        ProgrammeService programme = new ProgrammeService(new InMemoryEditions(),
                new InputValidator(factory), Clock.systemUTC());
        EditionDraft draft = SampleEditions.read("snm-2026",
                new ImportContext("snm-2026.json", Optional.empty())).edition();
        Edition edition = programme.plan(new PlanEditionCommand(draft));
        programme.cancel(new CancelSessionCommand("snm-2026", 1L, "masterclass-ia"));
        List<Session> sessions = programme.programme(ProgrammeQuery.all("snm-2026"));

        assertThat(edition.version()).isEqualTo(1);
        assertThat(sessions).hasSize(5).filteredOn(s -> s.status() == SessionStatus.CANCELLED)
                .extracting(s -> s.title().resolve("en")).containsExactly("Masterclass in artificial intelligence");
    }
}
