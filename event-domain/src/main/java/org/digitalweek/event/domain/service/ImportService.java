package org.digitalweek.event.domain.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ImportEdition;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportMode;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.validation.InputValidator;

/**
 * The import half of {@link DocumentService}, which finds the importer. The document is read,
 * validated and checked whole, under the id the user chose if any, before the store is touched;
 * the one save that stores it is the last step, so an import that fails at any step, a refusal or
 * a crash, leaves the store as it was. An import never publishes: a new edition is a draft, a
 * replaced one keeps its stored status ({@link ImportedStatus}).
 */
final class ImportService implements ImportEdition {

    private final Editions editions;
    private final InputValidator validator;
    private final ProgrammeChecker checker;
    private final Function<String, Importer> importers;

    /**
     * @param editions  the store
     * @param validator checks commands and imported drafts
     * @param checker   the programme rules whose findings the report lists
     * @param importers the importer of a format id; throws {@link ItemNotFoundException} for an unknown one
     */
    ImportService(Editions editions, InputValidator validator, ProgrammeChecker checker,
                  Function<String, Importer> importers) {
        this.editions = Objects.requireNonNull(editions, "'editions' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.checker = Objects.requireNonNull(checker, "'checker' must not be null");
        this.importers = Objects.requireNonNull(importers, "'importers' must not be null");
    }

    @Override
    public ImportReport importEdition(ImportEditionCommand command, InputStream document) throws IOException {
        validator.check("l'import", "the import", command);
        Objects.requireNonNull(document, "'document' must not be null");
        ImportResult read = readDraft(command.formatId(), command.context(), document);
        PublicEdition imported = Drafts.toEdition(read.edition());
        Optional<Edition> current = editions.load(imported.id());
        if (current.isEmpty()) {
            Edition draft = Edition.of(ImportedStatus.asDraft(imported));
            ImportResult noted = ImportedStatus.noted(read, imported, draft.publicView(), true);
            CheckReport findings = checker.check(draft.publicView()); // every step that may fail comes before the save
            Edition created = command.dryRun() ? draft : editions.save(draft, 0);
            return new ImportReport(created.publicView(), noted.warnings(), findings, Optional.empty(), !command.dryRun());
        }
        Edition stored = current.get();
        Edition replacement = replacement(command, stored, imported);
        ProgrammeDiff changes = ProgrammeDiff.between(stored.publicView(), replacement.publicView());
        CheckReport findings = checker.check(replacement.publicView());
        ImportResult noted = ImportedStatus.noted(read, imported, replacement.publicView(), false);
        Edition result = command.dryRun() ? replacement : editions.save(replacement, stored.version());
        return new ImportReport(result.publicView(), noted.warnings(), findings, Optional.of(changes), !command.dryRun());
    }

    @Override
    public ImportReport read(String formatId, ImportContext context, InputStream document) throws IOException {
        Objects.requireNonNull(formatId, "'formatId' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(document, "'document' must not be null");
        ImportResult read = readDraft(formatId, context, document);
        PublicEdition edition = Drafts.toEdition(read.edition());
        return new ImportReport(edition, read.warnings(), checker.check(edition), Optional.empty(), false);
    }

    /** Reads the document and validates what it holds, under the id the user chose. */
    private ImportResult readDraft(String formatId, ImportContext context, InputStream document) throws IOException {
        ImportResult read = importers.apply(formatId).read(document, context);
        EditionDraft draft = context.editionId().map(read.edition()::withId).orElse(read.edition());
        try {
            validator.check(context.sourceName(), draft);
        } catch (InvalidInputException e) {
            throw SessionPlaces.named(e, draft, read.sessionPlaces(), context.sourceName());
        }
        return new ImportResult(draft, read.warnings(), read.sessionPlaces());
    }

    /** The stored edition with the document's content, or the reason it may not be replaced. */
    private static Edition replacement(ImportEditionCommand command, Edition stored, PublicEdition imported) {
        String id = stored.id().value();
        if (command.mode() != ImportMode.REPLACE) {
            throw new ForbiddenChangeException(id,
                    "l'édition existe déjà : importez-la sous un autre identifiant, ou remplacez-la",
                    "the edition exists already: import it under another id, or replace it");
        }
        if (command.expectedVersion() != null && command.expectedVersion() != stored.version()) {
            throw new VersionConflictException(id, command.expectedVersion(), stored.version());
        }
        if (stored.publicView().status() == EditionStatus.ARCHIVED) {
            throw new ForbiddenChangeException(id, "une édition archivée ne change plus",
                    "an archived edition is no longer changed");
        }
        StoredEditions.requireNextVersion(stored);
        List<OfficialId> orphans = stored.internal().protocolFiles().keySet().stream()
                .filter(official -> imported.official(official).isEmpty()).sorted().toList();
        if (!orphans.isEmpty()) {
            throw new ForbiddenChangeException(id,
                    "le document retire des personnes qui ont un dossier protocolaire : " + orphans,
                    "the document removes people who have a protocol file: " + orphans);
        }
        PublicEdition content = imported.toBuilder().status(stored.publicView().status())
                .publishedAt(stored.publicView().publishedAt()).version(stored.version()).build();
        return new Edition(content, stored.internal());
    }

}
