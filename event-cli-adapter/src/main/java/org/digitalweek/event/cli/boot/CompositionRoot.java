package org.digitalweek.event.cli.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.ImportContext;
import org.digitalweek.event.domain.service.FormatCatalogue;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.RuleSettings;
import org.digitalweek.event.domain.service.ProgrammeService;
import org.digitalweek.event.domain.service.PublicationService;
import org.digitalweek.event.domain.service.ReuseService;
import org.digitalweek.event.domain.validation.InputValidator;
import org.digitalweek.event.export.sample.SampleEditions;
import org.digitalweek.event.persistence.memory.InMemoryEditions;

/**
 * The composition root: the one place that chooses the adapters and builds the use cases. Until
 * the persistent stores land, the embedded default is an in-memory store seeded with the bundled
 * sample edition.
 */
public final class CompositionRoot implements AutoCloseable {

    /** Held so that the level set on it is not lost when the logger is collected. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private final ValidatorFactory validatorFactory;
    private final InputValidator validator;
    private final Editions editions;
    private final ProgrammeService programme;
    private final PublicationService publication;
    private final ReuseService reuse;
    private final FormatCatalogue formats;

    private CompositionRoot(Editions editions, Clock clock) {
        VALIDATOR_LOG.setLevel(Level.WARNING); // no version banner on the user's terminal
        this.validatorFactory = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
        this.validator = new InputValidator(validatorFactory);
        this.editions = editions;
        ProgrammeChecker checker = new ProgrammeChecker(RuleSettings.defaults());
        this.programme = new ProgrammeService(editions, validator, checker);
        this.publication = new PublicationService(editions, validator, checker, clock);
        this.reuse = new ReuseService(editions, validator);
        this.formats = FormatCatalogue.discover(CompositionRoot.class.getClassLoader());
    }

    /**
     * @param clock the clock of the use cases
     * @return the embedded default: an in-memory store holding the bundled sample editions
     */
    public static CompositionRoot embeddedDefault(Clock clock) {
        CompositionRoot root = new CompositionRoot(new InMemoryEditions(), clock);
        for (String id : SampleEditions.ids()) {
            root.planSample(id);
        }
        return root;
    }

    private Edition planSample(String id) {
        try {
            var read = SampleEditions.read(id, new ImportContext(id + ".json", Optional.empty()));
            return programme.plan(new PlanEditionCommand(read.edition()));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample edition '" + id + "' cannot be read", e);
        }
    }

    /** @return the programme use cases */
    public ProgrammeService programme() {
        return programme;
    }

    /** @return the publication use cases: releases, archiving, diffs */
    public PublicationService publication() {
        return publication;
    }

    /** @return the reuse use cases: cloning, statistics */
    public ReuseService reuse() {
        return reuse;
    }

    /** @return the store */
    public Editions editions() {
        return editions;
    }

    /** @return the exporters and importers found */
    public FormatCatalogue formats() {
        return formats;
    }

    /** @return the input validator */
    public InputValidator validator() {
        return validator;
    }

    @Override
    public void close() {
        validatorFactory.close();
    }
}
