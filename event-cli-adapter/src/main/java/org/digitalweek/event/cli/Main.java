package org.digitalweek.event.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;

/**
 * The {@code digitalweek} command, in its first form: {@code programme EDITION [--lang fr|en]
 * [--store URI]} prints an edition's programme from a store, by default the embedded JSON-file store
 * that holds the bundled sample edition. The full command line (picocli, every command) replaces it.
 */
public final class Main {

    /** Success. */
    static final int OK = 0;
    /** A usage error or bad input. */
    static final int USAGE = 2;

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, CompositionRoot.defaultStoreUri());
    }

    /**
     * @param defaultStore the store used when {@code --store} is not given; it receives the sample when empty
     */
    static int run(String[] args, PrintStream out, PrintStream err, String defaultStore) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        String language = option(words, "--lang", "fr");
        String store = option(words, "--store", null);
        if (words.size() != 2 || !words.get(0).equals("programme")) {
            err.println(language.startsWith("fr")
                    ? "usage : digitalweek programme ÉDITION [--lang fr|en] [--store URI]   (exemple : digitalweek programme snm-2026)"
                    : "usage: digitalweek programme EDITION [--lang fr|en] [--store URI]   (example: digitalweek programme snm-2026)");
            return USAGE;
        }
        try (CompositionRoot root = store == null ? CompositionRoot.open(defaultStore, Clock.systemUTC(), true)
                : CompositionRoot.open(store, Clock.systemUTC(), false)) {
            String id = words.get(1);
            var sessions = root.programme().programme(ProgrammeQuery.all(id));
            var edition = root.editions().load(new EditionId(id)).orElseThrow().publicView();
            new ProgrammeTable(language).print(edition, sessions, out);
            return OK;
        } catch (DomainException e) {
            err.println("digitalweek: " + e.getMessage(language));
            return USAGE;
        }
    }

    /** Removes {@code name VALUE} from the words and returns the value, or {@code fallback}. */
    private static String option(List<String> words, String name, String fallback) {
        int at = words.indexOf(name);
        if (at < 0 || at + 1 >= words.size()) {
            return fallback;
        }
        String value = words.get(at + 1);
        words.subList(at, at + 2).clear();
        return value;
    }
}
