package org.digitalweek.event.cli.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.PublicationUseCases;
import org.digitalweek.event.domain.port.in.ReuseUseCases;
import org.digitalweek.event.export.sample.SampleEditions;
import org.digitalweek.event.http.HttpApi;
import org.digitalweek.event.http.HttpSettings;
import org.digitalweek.event.persistence.jdbc.SqliteNativeLibrary;

/**
 * The composition root of the command line, built on the library's {@link Digitalweek} facade: it
 * hands the commands the in-ports only. The store is chosen by URI among those found with
 * {@code ServiceLoader} ({@code mem:}, {@code file:PATH}, {@code jdbc:sqlite:PATH},
 * {@code jdbc:postgresql://…}). What is the command line's own is here: where SQLite's native library
 * goes, the logging levels, and the bundled sample editions, which the implicit default store receives
 * when it is empty ({@link DefaultStore}) and {@link #addSample} adds to any store.
 */
public final class CompositionRoot implements AutoCloseable {

    /**
     * The levels of the libraries' {@code java.util.logging} loggers, set when the first store opens:
     * starting that logging framework costs tens of milliseconds, which {@code --version}, {@code --help}
     * and {@link DefaultStore#of} need not pay.
     */
    private static final class LibraryLogs {

        /** Held so that the level set on it is not lost when the logger is collected. */
        private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");
        /** Flyway reports each migration through java.util.logging when no other logger is present. */
        private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
        /**
         * The SQLite driver logs through java.util.logging too, with a stack trace, e.g. when it fails to
         * tidy the temporary folder of another process's copy of its library. What matters to the user
         * reaches them as an SQL error, in a message of ours.
         */
        private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");

        static {
            VALIDATOR_LOG.setLevel(Level.WARNING); // no version banner on the user's terminal
            FLYWAY_LOG.setLevel(Level.WARNING); // nor a line per migration
            SQLITE_LOG.setLevel(Level.OFF);
        }

        private LibraryLogs() {
        }

        /** Sets the levels, once: the class's initialisation does it. */
        static void quiet() {
            // nothing more: the static initialiser above ran before this
        }
    }

    private final Digitalweek library;

    private CompositionRoot(Digitalweek library) {
        this.library = library;
    }

    /**
     * @param store the store used without {@code --store}
     * @param clock the clock of the use cases
     * @return the root over that store, which receives the bundled sample editions when it holds no
     *         edition and {@link DefaultStore#receivesSample()}
     * @throws org.digitalweek.event.domain.error.StoreUriException when no store opens the URI
     */
    public static CompositionRoot open(DefaultStore store, Clock clock) {
        return open(store.uri(), clock, store.receivesSample());
    }

    /**
     * @param storeUri        the store, e.g. {@code file:programmes} or {@code jdbc:sqlite:week.db}
     * @param clock           the clock of the use cases
     * @param seedWhenEmpty   whether a store that holds no edition receives the bundled sample editions
     * @return the root over that store; close it to close the store
     * @throws org.digitalweek.event.domain.error.StoreUriException when no store opens the URI
     */
    public static CompositionRoot open(String storeUri, Clock clock, boolean seedWhenEmpty) {
        LibraryLogs.quiet();
        if (storeUri.startsWith("jdbc:sqlite:")) {
            SqliteNativeLibrary.placeIn(cacheFolder());
        }
        Digitalweek library = Digitalweek.builder().store(storeUri).clock(clock)
                .classLoader(CompositionRoot.class.getClassLoader()).build();
        CompositionRoot root = new CompositionRoot(library);
        try {
            if (seedWhenEmpty && library.programme().holdsNoEdition()) {
                for (String id : SampleEditions.ids()) {
                    root.addSample(id);
                }
            }
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
        return root;
    }

    /**
     * The tool's cache, where the SQLite driver's native library is copied once rather than into the
     * system's temporary folder at every start: {@code $XDG_CACHE_HOME/digitalweek}, else
     * {@code ~/.cache/digitalweek}. A cache, and not the store's folder, because a store may be on
     * read-only media or versioned with git, and one copy serves every store.
     *
     * @return the folder; it may not exist yet
     */
    static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("digitalweek");
    }

    /** @return the ids of the bundled sample editions, e.g. {@code snm-2026} */
    public static List<String> sampleIds() {
        return SampleEditions.ids();
    }

    /**
     * Plans a bundled sample edition in the store, as an import would: validated, at version 1.
     *
     * @param id one of {@link #sampleIds()}
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no sample has that id
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the store holds an edition of that id
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be written
     */
    public void addSample(String id) {
        library.programme().plan(new PlanEditionCommand(sample(id)));
    }

    /**
     * @param id one of {@link #sampleIds()}
     * @return that bundled sample edition, as read, not validated nor stored
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no sample has that id
     */
    public static EditionDraft sample(String id) {
        try {
            return SampleEditions.read(id, new ImportContext(id + ".json", Optional.empty())).edition();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample edition '" + id + "' cannot be read", e);
        }
    }

    /** @return listing, reading, planning and changing editions, and checking their programme */
    public ProgrammeUseCases programme() {
        return library.programme();
    }

    /** @return the publication use cases: releases, archiving, diffs */
    public PublicationUseCases publication() {
        return library.publication();
    }

    /** @return the reuse use cases: cloning, statistics */
    public ReuseUseCases reuse() {
        return library.reuse();
    }

    /** @return import (all or nothing, with a dry run), export, and the formats found */
    public DocumentUseCases documents() {
        return library.documents();
    }

    /**
     * Starts the JSON HTTP API over this root's in-ports: {@code digitalweek serve}. The server is built
     * here, as every adapter is, so that a command reaches it only through what the root hands out.
     *
     * @param settings where and how to serve
     * @return the running server; close it before this root, so that requests in flight finish on an open store
     * @throws IllegalStateException when the address cannot be bound (in use, not allowed)
     */
    public HttpApi serve(HttpSettings settings) {
        return HttpApi.start(settings, library.programme(), library.publication(), library.documents());
    }

    /**
     * @return where on this machine the store keeps its data (real paths; a folder stands for all it
     *         holds), so that no file the command writes lands among them; empty for a store with none
     */
    public List<Path> storeFiles() {
        return library.storeFiles();
    }

    /** Closes the store, and the validator factory if it was built. */
    @Override
    public void close() {
        library.close();
    }
}
