package org.digitalweek.event.persistence.concurrency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;
import org.digitalweek.event.persistence.jdbc.SqliteNativeLibrary;

/**
 * One writer of {@link OwnedSessions}, as a user of the command line would write: read the edition,
 * count one more update in its own session, save with the version read, and on a conflict read
 * again and retry. It checks on every read that its own last update is still there, so a lost update
 * stops it at once, naming the update that went missing. Run as a program, it is a writer in a
 * process of its own.
 */
public final class Updater {

    private Updater() {
    }

    /**
     * Opens the store, prints {@code ready}, waits for a line on its standard input so that all
     * writers start together, then prints {@code conflicts N} when done; exits with a stack trace if
     * an update was lost.
     *
     * @param args the store URI, the writer's number, how many updates to make
     * @throws IOException when the standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // A killed writer must not leave a copy of SQLite's native library in the system's temporary folder.
        SqliteNativeLibrary.placeIn(Path.of("target", "sqlite-native"));
        try (Editions store = StoreCatalogue.discover(Updater.class.getClassLoader()).open(args[0])) {
            out.println("ready");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            int conflicts = update(store, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            out.println("conflicts " + conflicts);
        }
    }

    /**
     * @param store   a store holding the edition of {@link OwnedSessions}
     * @param writer  this writer's number: the session it owns
     * @param updates how many saves must succeed
     * @return how many conflicts were detected and retried on the way
     * @throws IllegalStateException when the store no longer holds this writer's last update
     */
    static int update(Editions store, int writer, int updates) {
        int conflicts = 0;
        for (int done = 0; done < updates; ) {
            Edition current = store.load(OwnedSessions.ID).orElseThrow();
            int found = OwnedSessions.updatesOf(current, writer);
            if (found != done) {
                throw new IllegalStateException("writer " + writer + " saved update " + done + " but version "
                        + current.version() + " holds update " + found + ": an update was lost");
            }
            Thread.yield(); // lets another writer in between the read and the save, even in memory
            try {
                store.save(OwnedSessions.withUpdate(current, writer, done + 1), current.version());
                done++;
            } catch (VersionConflictException e) {
                conflicts++;
            }
        }
        return conflicts;
    }
}
