package org.digitalweek.event.benchmarks.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * Saving an edition (a new version of it, as every edit does) and loading it, on each store, to
 * compare with the canonical JSON round trip alone ({@link JsonRoundTripBenchmark}). Each save is
 * durable as the store makes it: the JSON-file store writes a new file and renames it, SQLite and
 * PostgreSQL commit one transaction.
 *
 * <p>The SQL stores write only the rows that changed since the version they replace, so a save of
 * the same edition again would measure next to nothing. {@link #save()} therefore alternates
 * between two versions of the edition in which every session differs (the second has every session
 * five minutes later): each save rewrites every session's row, as a full save of the programme
 * must. {@link #resaveAfterMove()} measures the common edit, one session moved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreBenchmark {

    /** The store: JSON files, SQLite or PostgreSQL. */
    @Param({"file", "sqlite", "postgresql"})
    public String store;

    /** How many sessions the edition has. */
    @Param({"1000", "10000"})
    public int sessions;

    private BenchStores stores;
    private Editions editions;
    private Edition stored;
    /** The two versions {@link #save()} alternates between: every session differs. */
    private Edition[] wholeChanges;
    /** The two versions {@link #resaveAfterMove()} alternates between: one session differs. */
    private Edition[] oneMove;
    private int saves;

    /**
     * Opens an empty store, prepares the versions to save and saves the edition once, outside the
     * measurement.
     */
    @Setup
    public void open() {
        PublicEdition programme = Programmes.federated(sessions);
        int middle = programme.sessions().size() / 2;
        wholeChanges = new Edition[] {Edition.of(shifted(programme, 5)), Edition.of(programme)};
        oneMove = new Edition[] {Edition.of(moved(programme, middle, 5)), Edition.of(moved(programme, middle, 10))};
        stores = new BenchStores(store);
        editions = stores.editions();
        stored = editions.save(Edition.of(programme), 0);
    }

    /** Closes the store and removes it. */
    @TearDown
    public void close() {
        stores.close();
    }

    /**
     * A save that rewrites every session: the stored edition, then the same with every session five
     * minutes later, and back, in turn.
     *
     * @return the edition as stored, at its next version
     */
    @Benchmark
    public Edition save() {
        return saveNext(wholeChanges);
    }

    /**
     * A save after one session moved: the stored edition with one session five, then ten minutes
     * later, in turn, so that each save changes that one session and nothing else.
     *
     * @return the edition as stored, at its next version
     */
    @Benchmark
    public Edition resaveAfterMove() {
        return saveNext(oneMove);
    }

    /** @return the edition, read back whole */
    @Benchmark
    public Optional<Edition> load() {
        return editions.load(stored.id());
    }

    private Edition saveNext(Edition[] versions) {
        stored = editions.save(versions[saves++ % 2], stored.version());
        return stored;
    }

    private static PublicEdition shifted(PublicEdition programme, int minutes) {
        return withSessions(programme, session -> later(session, minutes));
    }

    /** @return the programme with the session at {@code index} later, in its place */
    private static PublicEdition moved(PublicEdition programme, int index, int minutes) {
        Session target = programme.sessions().get(index);
        return withSessions(programme, session -> session == target ? later(session, minutes) : session);
    }

    private static PublicEdition withSessions(PublicEdition programme, UnaryOperator<Session> change) {
        List<Session> next = new ArrayList<>(programme.sessions().size());
        for (Session session : programme.sessions()) {
            next.add(change.apply(session));
        }
        return programme.toBuilder().sessions(next).build();
    }

    private static Session later(Session session, int minutes) {
        TimeSlot slot = session.slot();
        return session.movedTo(new TimeSlot(slot.start().plusMinutes(minutes), slot.end().plusMinutes(minutes)),
                session.room());
    }
}
