package org.digitalweek.event.cli.boot;

import java.time.Clock;

import org.digitalweek.event.domain.model.EditionQuery;

/**
 * A process of the SQLite first-start tests: opens an SQLite store through the composition root, as
 * the command does, lists it, says {@code open} and waits to be killed.
 */
public final class OpenSqliteAndWait {

    private OpenSqliteAndWait() {
    }

    /**
     * @param args the store's URI
     * @throws InterruptedException never: the test kills the process
     */
    public static void main(String[] args) throws InterruptedException {
        try (CompositionRoot root = CompositionRoot.open(args[0], Clock.systemUTC(), false)) {
            root.programme().editions(EditionQuery.ALL);
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
