package org.digitalweek.event.domain.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.in.ArchiveEditionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionDiffQuery;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.PublicationUseCases;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.domain.port.in.ReleaseQuery;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;
import org.digitalweek.event.domain.rules.Severity;
import org.digitalweek.event.domain.validation.InputValidator;

/**
 * The life of a published programme: publishing numbered releases (refused while the programme
 * rules find an error), archiving, reading releases back, and comparing them. Releases are frozen:
 * a publication appends one and never changes those before it.
 */
public final class PublicationService implements PublicationUseCases {

    private final Editions editions;
    private final InputValidator validator;
    private final ProgrammeChecker checker;
    private final Clock clock;

    /**
     * @param editions  the store
     * @param validator checks commands and queries
     * @param checker   the programme rules a publication must pass
     * @param clock     the time of publications
     */
    public PublicationService(Editions editions, InputValidator validator, ProgrammeChecker checker, Clock clock) {
        this.editions = Objects.requireNonNull(editions, "'editions' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.checker = Objects.requireNonNull(checker, "'checker' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public Release publish(PublishEditionCommand command) {
        validator.check("la publication", "the publication", command);
        long expected = command.expectedVersion();
        Edition current = StoredEditions.loadChangeable(editions, command.editionId(), expected);
        CheckReport report = checker.check(current.publicView());
        if (report.hasErrors()) {
            throw new ProgrammeHasErrorsException(command.editionId(), report.withSeverity(Severity.ERROR));
        }
        List<ReleaseSummary> earlier = editions.releases(current.id());
        int number = earlier.size() + 1;
        String label = ReleaseLabels.choose(command.editionId(), command.label(), number, earlier);
        Instant now = clock.instant();
        PublicEdition published = current.publicView().toBuilder().status(EditionStatus.PUBLISHED)
                .publishedAt(Optional.of(now)).version(expected + 1).build();
        Release release = new Release(current.id(), number, label, now, published);
        editions.publish(current.withPublicView(published), expected, release);
        return release;
    }

    @Override
    public ChangeOutcome archive(ArchiveEditionCommand command) {
        validator.check("l'archivage", "the archiving", command);
        Edition current = StoredEditions.loadChangeable(editions, command.editionId(), command.expectedVersion());
        if (current.publicView().status() != EditionStatus.PUBLISHED) {
            throw new ForbiddenChangeException(command.editionId(), "seule une édition publiée peut être archivée",
                    "only a published edition can be archived");
        }
        PublicEdition archived = current.publicView().toBuilder().status(EditionStatus.ARCHIVED).build();
        return FindingChanges.outcome(checker, current.publicView(),
                editions.save(current.withPublicView(archived), command.expectedVersion()));
    }

    @Override
    public List<ReleaseSummary> releases(EditionQueryById query) {
        validator.check("l'édition demandée", "the edition asked for", query);
        return editions.releases(StoredEditions.load(editions, query.editionId()).id());
    }

    @Override
    public Release release(ReleaseQuery query) {
        validator.check("la publication demandée", "the release asked for", query);
        return find(query.editionId(), query.release());
    }

    @Override
    public ProgrammeDiff diff(ReleaseDiffQuery query) {
        validator.check("la comparaison des publications", "the comparison of releases", query);
        PublicEdition from = find(query.editionId(), query.from()).programme();
        PublicEdition to = query.to() == null ? StoredEditions.load(editions, query.editionId()).publicView()
                : find(query.editionId(), query.to()).programme();
        return ProgrammeDiff.between(from, to);
    }

    @Override
    public ProgrammeDiff diff(EditionDiffQuery query) {
        validator.check("la comparaison des éditions", "the comparison of editions", query);
        return ProgrammeDiff.between(StoredEditions.load(editions, query.fromEditionId()).publicView(),
                StoredEditions.load(editions, query.toEditionId()).publicView());
    }

    @Override
    public ProgrammeDiff diff(PublicEdition from, PublicEdition to) {
        Objects.requireNonNull(from, "'from' must not be null");
        Objects.requireNonNull(to, "'to' must not be null");
        return ProgrammeDiff.between(from, to);
    }

    private Release find(String editionId, String reference) {
        EditionId id = StoredEditions.load(editions, editionId).id();
        int number = ReleaseLabels.resolve(editionId, reference, editions.releases(id));
        return editions.release(id, number).orElseThrow();
    }
}
