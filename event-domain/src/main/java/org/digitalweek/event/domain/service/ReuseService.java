package org.digitalweek.event.domain.service;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.CloneEditionCommand;
import org.digitalweek.event.domain.port.in.ReuseUseCases;
import org.digitalweek.event.domain.port.in.SeriesStatisticsQuery;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.reuse.CloneRequest;
import org.digitalweek.event.domain.reuse.EditionCloner;
import org.digitalweek.event.domain.reuse.KeptPlaces;
import org.digitalweek.event.domain.reuse.SeriesStatistics;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.validation.InputValidator;

/** Reuse across editions: cloning an edition into a new one, and the statistics of a series. */
public final class ReuseService implements ReuseUseCases {

    private final Editions editions;
    private final InputValidator validator;
    private final ProgrammeChecker checker;

    /**
     * A service whose checker applies every rule at its default severity.
     *
     * @param editions  the store
     * @param validator checks commands and queries
     */
    public ReuseService(Editions editions, InputValidator validator) {
        this(editions, validator, new ProgrammeChecker());
    }

    /**
     * @param editions  the store
     * @param validator checks commands and queries
     * @param checker   the programme rules whose findings a clone reports
     */
    public ReuseService(Editions editions, InputValidator validator, ProgrammeChecker checker) {
        this.editions = Objects.requireNonNull(editions, "'editions' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.checker = Objects.requireNonNull(checker, "'checker' must not be null");
    }

    @Override
    public ChangeOutcome cloneEdition(CloneEditionCommand command) {
        validator.check("le clonage", "the clone", command);
        Edition source = StoredEditions.load(editions, command.sourceEditionId());
        EditionId newId = new EditionId(command.newEditionId());
        if (editions.load(newId).isPresent()) {
            throw new ForbiddenChangeException(command.newEditionId(), "cette édition existe déjà",
                    "this edition exists already");
        }
        if (command.number() == null && source.publicView().number() == Integer.MAX_VALUE) {
            // The clone's default number, the source's plus one, would overflow.
            throw new InvalidInputException("le clonage", "the clone", List.of(new Violation("number", "NextNumber",
                    "l'édition source porte le numéro " + Integer.MAX_VALUE
                            + ", le plus grand possible : donnez le numéro du clone",
                    "the source edition is numbered " + Integer.MAX_VALUE + ", the largest possible:"
                            + " give the clone's number")));
        }
        CloneRequest request = request(command);
        List<Violation> keptPlaces = KeptPlaces.of(source.publicView(), request);
        if (!keptPlaces.isEmpty()) {
            throw new InvalidInputException("le clonage", "the clone", keptPlaces);
        }
        Edition clone = EditionCloner.cloneEdition(source, request);
        // The clone is checked whole, as any change is: moved dates may leave the years every format writes.
        validator.check("l'édition « " + newId + " » clonée", "the cloned edition '" + newId + "'",
                Drafts.fromEdition(clone.publicView()));
        return FindingChanges.outcome(checker, null, editions.save(clone, 0));
    }

    private static CloneRequest request(CloneEditionCommand command) {
        return new CloneRequest(new EditionId(command.newEditionId()), command.start(),
                Optional.ofNullable(command.number()),
                Optional.ofNullable(command.title()).filter(t -> !t.isEmpty()).map(LocalizedText::new),
                Optional.ofNullable(command.hostCountry()).map(Country::new), Optional.ofNullable(command.hostCity()),
                Optional.ofNullable(command.timeZone()).map(ZoneId::of));
    }

    @Override
    public SeriesStatistics statistics(SeriesStatisticsQuery query) {
        validator.check("les statistiques demandées", "the statistics asked for", query);
        SeriesId series = new SeriesId(query.seriesId());
        List<PublicEdition> views = editions.list(EditionQuery.inSeries(series)).stream().map(EditionSummary::id)
                .flatMap(id -> editions.load(id).stream()).map(Edition::publicView).toList();
        return SeriesStatistics.of(series, views);
    }
}
