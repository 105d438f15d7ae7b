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
 * The {@code digitalweek} command, in its first form: {@code programme EDITION [--lang fr|en]}
 * prints an edition's programme from the embedded default store. The full command line (picocli,
 * every command, persistent stores) replaces it.
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
        List<String> words = Arrays.asList(args);
        String language = "fr";
        int lang = words.indexOf("--lang");
        if (lang >= 0 && lang + 1 < words.size()) {
            language = words.get(lang + 1);
            words = new ArrayList<>(words);
            words.subList(lang, lang + 2).clear();
        }
        if (words.size() != 2 || !words.get(0).equals("programme")) {
            err.println(language.startsWith("fr")
                    ? "usage : digitalweek programme ÉDITION [--lang fr|en]   (exemple : digitalweek programme snm-2026)"
                    : "usage: digitalweek programme EDITION [--lang fr|en]   (example: digitalweek programme snm-2026)");
            return USAGE;
        }
        try (CompositionRoot root = CompositionRoot.embeddedDefault(Clock.systemUTC())) {
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
}
