package org.digitalweek.event.domain.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import jakarta.validation.ValidatorFactory;

import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.PublicationUseCases;
import org.digitalweek.event.domain.port.in.ReuseUseCases;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.RuleSettings;
import org.digitalweek.event.domain.service.DocumentService;
import org.digitalweek.event.domain.service.ProgrammeService;
import org.digitalweek.event.domain.service.PublicationService;
import org.digitalweek.event.domain.service.ReuseService;
import org.digitalweek.event.domain.validation.InputValidator;
import org.digitalweek.event.domain.validation.Validators;

/**
 * The library as an application embeds it: the use cases over one store, handed out as the four
 * groups of in-ports. The store is chosen by URI among those found with {@code ServiceLoader}
 * ({@code mem:}, {@code file:PATH}, {@code jdbc:sqlite:PATH}, {@code jdbc:postgresql://…}, or a
 * third-party jar's), or given as the application's own {@link Editions}; the formats are those
 * found with {@code ServiceLoader} too. Close it when done: it closes the store, and the validator
 * factory if it built it.
 *
 * <pre>{@code
 * try (Digitalweek week = Digitalweek.open("file:programmes")) {
 *     PublicEdition edition = week.programme().edition(new EditionQueryById("snm-2026"));
 * }
 * }</pre>
 */
public final class Digitalweek implements AutoCloseable {

    private final Editions editions;
    private final DeferredFactory ownFactory;
    private final InputValidator validator;
    private final ProgrammeChecker checker;
    private final Clock clock;
    private final ClassLoader loader;
    private final ProgrammeUseCases programme;
    private final PublicationUseCases publication;
    private final ReuseUseCases reuse;
    private DocumentUseCases documents;

    /**
     * @param factory the application's factory, or null for the library's own, built when first needed
     * @param own     the library's own factory, used when {@code factory} is null
     */
    private Digitalweek(Editions editions, ValidatorFactory factory, DeferredFactory own, Clock clock,
                        RuleSettings rules, ClassLoader loader) {
        this.editions = editions;
        this.ownFactory = factory == null ? own : null;
        this.validator = factory == null ? InputValidator.lazy(own) : new InputValidator(factory);
        this.checker = new ProgrammeChecker(rules);
        this.clock = clock;
        this.loader = loader;
        this.programme = new ProgrammeService(editions, validator, checker);
        this.publication = new PublicationService(editions, validator, checker, clock);
        this.reuse = new ReuseService(editions, validator, checker);
    }

    /**
     * The library with its defaults: the system's clock in UTC, every programme rule at its default
     * severity, the Bean Validation provider found, the formats and stores of the context class loader.
     *
     * @param storeUri the store, e.g. {@code mem:}, {@code file:programmes} or {@code jdbc:sqlite:week.db}
     * @return the library over that store; close it to close the store
     * @throws org.digitalweek.event.domain.error.StoreUriException when no store opens the URI; the message lists
     *         the forms that do
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be opened
     * @throws jakarta.validation.NoProviderFoundException when no Bean Validation provider is present
     */
    public static Digitalweek open(String storeUri) {
        return builder().store(storeUri).build();
    }

    /** @return a builder with the defaults of {@link #open(String)} and no store yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return listing, reading, planning and changing editions, and checking their programme */
    public ProgrammeUseCases programme() {
        return programme;
    }

    /** @return releases, archiving, and what changed between two programmes */
    public PublicationUseCases publication() {
        return publication;
    }

    /** @return cloning an edition, and a series' statistics */
    public ReuseUseCases reuse() {
        return reuse;
    }

    /** @return import, export, and the formats found; the formats are looked for on the first call */
    public synchronized DocumentUseCases documents() {
        if (documents == null) {
            FormatCatalogue formats = FormatCatalogue.discover(loader);
            documents = new DocumentService(editions, validator, checker, clock, formats.exporters(),
                    formats.importers());
        }
        return documents;
    }

    /**
     * @return where on this machine the store keeps its data (real paths; a folder stands for all it holds),
     *         e.g. so that an export is not written over them; empty for a store with none
     */
    public List<Path> storeFiles() {
        return editions.localFiles();
    }

    /** Closes the store, whether opened from its URI or given, and the validator factory if this built it. */
    @Override
    public void close() {
        try {
            editions.close();
        } finally {
            if (ownFactory != null) {
                ownFactory.close();
            }
        }
    }

    /** The options of a {@link Digitalweek}: a store (required), and defaults for the rest. */
    public static final class Builder {

        private String storeUri;
        private Editions editions;
        private Clock clock = Clock.systemUTC();
        private RuleSettings rules = RuleSettings.defaults();
        private ValidatorFactory validatorFactory;
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * @param uri a store URI, opened by the store found with {@code ServiceLoader} that accepts it; replaces a
         *            store given before
         * @return this builder
         */
        public Builder store(String uri) {
            this.storeUri = Objects.requireNonNull(uri, "'uri' must not be null");
            this.editions = null;
            return this;
        }

        /**
         * @param editions the application's own store; {@link Digitalweek#close()} closes it. Replaces a URI given
         *                 before
         * @return this builder
         */
        public Builder store(Editions editions) {
            this.editions = Objects.requireNonNull(editions, "'editions' must not be null");
            this.storeUri = null;
            return this;
        }

        /**
         * @param clock the time of publications and exports; default the system's clock in UTC
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
            return this;
        }

        /**
         * @param settings the programme rules' severities and limits; default {@link RuleSettings#defaults()}
         * @return this builder
         */
        public Builder rules(RuleSettings settings) {
            this.rules = Objects.requireNonNull(settings, "'settings' must not be null");
            return this;
        }

        /**
         * @param factory the application's validator factory, which {@link Digitalweek#close()} leaves open;
         *                default the one of {@link Validators#defaultConfiguration()}, built on the first input
         *                that needs it and closed with the library
         * @return this builder
         */
        public Builder validatorFactory(ValidatorFactory factory) {
            this.validatorFactory = Objects.requireNonNull(factory, "'factory' must not be null");
            return this;
        }

        /**
         * @param loader where {@code ServiceLoader} looks for stores and formats; default the context class loader
         *               of the thread that calls {@link #build()}
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "'loader' must not be null");
            return this;
        }

        /**
         * @return the library; the store is opened now
         * @throws IllegalStateException when no store was given
         * @throws org.digitalweek.event.domain.error.StoreUriException when no store opens the URI
         * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be opened
         * @throws jakarta.validation.NoProviderFoundException when no factory was given and no Bean Validation
         *         provider is present
         */
        public Digitalweek build() {
            if (storeUri == null && editions == null) {
                throw new IllegalStateException("no store: give its URI or the application's Editions");
            }
            ClassLoader loader = classLoader != null ? classLoader : contextLoader();
            // The provider is found now, so that a missing one fails here; its factory is built on first need.
            DeferredFactory own = validatorFactory == null ? new DeferredFactory(Validators.defaultConfiguration()) : null;
            try {
                Editions store = editions != null ? editions : StoreCatalogue.discover(loader).open(storeUri);
                return new Digitalweek(store, validatorFactory, own, clock, rules, loader);
            } catch (RuntimeException e) {
                if (own != null) {
                    own.close();
                }
                throw e;
            }
        }

        private static ClassLoader contextLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Digitalweek.class.getClassLoader();
        }
    }
}
