package org.digitalweek.event.cli.command;

import java.util.function.LongFunction;

import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.Severity;

/**
 * What every {@code session} subcommand does around its use case: read the stored edition (for its
 * version when the user gave none), apply the change, then print what changed, the new version and,
 * when the programme now has errors, how many and how to see them.
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
    static int apply(Invocation app, String edition, Long expectedVersion, LongFunction<Edition> change) {
        PublicEdition before = Stored.edition(app, edition);
        PublicEdition after = change.apply(CurrentVersion.expected(before, expectedVersion)).publicView();
        app.out().print(DiffText.render(ProgrammeDiff.between(before, after), app.language().tag()));
        String versions = before.version() + " → " + after.version();
        app.out().println(app.say("Édition « " + edition + " » : version " + versions,
                "Edition '" + edition + "': version " + versions));
        CheckReport report = app.root().programme().check(new EditionQueryById(edition));
        int errors = report.withSeverity(Severity.ERROR).size();
        if (errors > 0) {
            app.out().println(app.say(Plurals.french(errors, "erreur", "erreurs") + " au programme ; le détail : "
                    + "digitalweek check " + edition, Plurals.english(errors, "error", "errors")
                    + " in the programme; details: digitalweek check " + edition));
        }
        return ExitCodes.OK;
    }
}
