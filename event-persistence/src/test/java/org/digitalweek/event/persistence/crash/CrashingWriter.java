package org.digitalweek.event.persistence.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;
import org.digitalweek.event.persistence.jdbc.SqliteNativeLibrary;

/**
 * The process that {@link KilledWriterIT} kills: it saves one edition over and over, publishing a
 * release every fifth write, and says on its standard output which version it found and which
 * version each write committed. Version {@code v} always has the title {@code Révision v}, so a
 * reader can tell that what it finds is whole.
 *
 * <p>Starting a JVM and loading the store's classes takes far longer than a save, so the test starts
 * each writer early: the writer first warms up on a scratch store (same code paths, other
 * files), says {@code warm}, and waits for a line on its standard input before it opens the real
 * store. The scratch store is shared by the writers one after another.
 */
public final class CrashingWriter {

    /** The edition it writes. */
    static final EditionId ID = new EditionId(EditionDrafts.ID);
    /** Writes on the scratch store: enough to go through saves and a publication. */
    private static final int WARM_UP_WRITES = 6;

    private CrashingWriter() {
    }

    /**
     * @param args the store URI, and the URI of a scratch store to warm up on first, if any
     * @throws IOException when the standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // A killed writer must not leave a copy of SQLite's native library in the system's temporary folder.
        SqliteNativeLibrary.placeIn(Path.of("target", "sqlite-native"));
        StoreCatalogue catalogue = StoreCatalogue.discover(CrashingWriter.class.getClassLoader());
        if (args.length > 1) {
            try (Editions scratch = catalogue.open(args[1])) {
                Edition current = firstVersion(scratch);
                for (int write = 0; write < WARM_UP_WRITES; write++) {
                    current = next(scratch, current);
                }
            }
            out.println("warm");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        try (Editions store = catalogue.open(args[0])) {
            Edition current = firstVersion(store);
            out.println("found " + current.version());
            while (true) {
                current = next(store, current);
                out.println("committed " + current.version());
            }
        }
    }

    /** @return the stored edition, saved first as version 1 when the store has none */
    private static Edition firstVersion(Editions store) {
        return store.load(ID).orElseGet(() -> store.save(titled(Edition.of(Drafts.toEdition(EditionDrafts.week())), 1),
                0));
    }

    /** Writes the version after {@code current}: a publication every fifth version, else a save. */
    private static Edition next(Editions store, Edition current) {
        long next = current.version() + 1;
        Edition edition = titled(current, next);
        if (next % 5 != 0) {
            return store.save(edition, current.version());
        }
        int releases = store.releases(ID).size();
        Edition frozen = edition.withPublicView(edition.publicView().toBuilder()
                .status(EditionStatus.PUBLISHED).version(next).build());
        return store.publish(frozen, current.version(), new Release(ID, releases + 1, "r" + (releases + 1),
                Instant.ofEpochSecond(next), frozen.publicView()));
    }

    /** The content of version {@code version}. */
    static Edition titled(Edition edition, long version) {
        return edition.withPublicView(edition.publicView().toBuilder()
                .title(new LocalizedText(Map.of("fr", "Révision " + version))).build());
    }

    /** @return whether the edition holds the content written at its version */
    static boolean isWhole(Edition edition) {
        return edition.publicView().title().resolve("fr").equals("Révision " + edition.version());
    }
}
