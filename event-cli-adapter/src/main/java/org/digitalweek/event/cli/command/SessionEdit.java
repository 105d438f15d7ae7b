package org.digitalweek.event.cli.command;

import java.util.List;
import java.util.function.LongFunction;

import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.rules.Finding;

/**
 * What every {@code session} subcommand does around its use case: read the stored edition (for its
 * version when the user gave none), apply the change, then print what changed, the new version, the
 * findings of the programme rules the change caused, and how many it resolved.
 */
final class SessionEdit {

    private SessionEdit() {
    }

    /**
     * @param app             the run
     * @param edition         the edition's id
     * @param expectedVersion the version the user read, or null for the stored one
     * @param change          the use case, given the expected version
     * @return {@link ExitCodes#OK}; a refused change throws
     */
    static int apply(Invocation app, String edition, Long expectedVersion, LongFunction<ChangeOutcome> change) {
        PublicEdition before = app.root().programme().edition(new EditionQueryById(edition));
        ChangeOutcome outcome = change.apply(CurrentVersion.expected(before, expectedVersion));
        PublicEdition after = outcome.edition();
        app.out().print(DiffText.render(app.root().publication().diff(before, after), app.language().tag()));
        String versions = before.version() + " → " + after.version();
        app.out().println(app.say("Édition « " + edition + " » : version " + versions,
                "Edition '" + edition + "': version " + versions));
        printCaused(app, edition, outcome.caused());
        int resolved = outcome.resolved().size();
        if (resolved > 0) {
            app.out().println(app.say("La modification résout " + Plurals.french(resolved, "constat", "constats") + ".",
                    "The change resolves " + Plurals.english(resolved, "finding", "findings") + "."));
        }
        return ExitCodes.OK;
    }

    private static void printCaused(Invocation app, String edition, List<Finding> caused) {
        int n = caused.size();
        if (n == 0) {
            return;
        }
        app.out().println(app.say("La modification cause " + Plurals.french(n, "constat", "constats") + " :",
                "The change causes " + Plurals.english(n, "finding", "findings") + ":"));
        caused.forEach(f -> FindingLines.finding(app, f).forEach(app.out()::println));
        app.out().println(app.say("Tout le programme : digitalweek check " + edition,
                "The whole programme: digitalweek check " + edition));
    }
}
