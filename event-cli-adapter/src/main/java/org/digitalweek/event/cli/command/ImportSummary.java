package org.digitalweek.event.cli.command;

import java.io.PrintWriter;
import java.util.StringJoiner;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.rules.Severity;

/**
 * What {@code digitalweek import} says of an import: whether it was stored, what was repaired to
 * read the document (every repair, as the importer grouped them), how many findings of each
 * severity the programme rules made, and the changes to the edition it replaced.
 */
final class ImportSummary {

    private final Invocation app;
    private final PrintWriter out;

    /** @param app the run, whose standard output and language are used */
    ImportSummary(Invocation app) {
        this.app = app;
        this.out = app.out();
    }

    /**
     * @param report   what the import did
     * @param formatId the format the document was read as
     */
    void print(ImportReport report, String formatId) {
        String id = report.edition().id().value();
        String what = id + ", " + report.edition().sessions().size() + " sessions (" + formatId + ")";
        if (!report.stored()) {
            out.println(app.say("Essai à blanc, rien n'est stocké : ", "Dry run, nothing stored: ") + what);
        } else if (report.changes().isPresent()) {
            out.println(app.say("Importée, remplace l'édition stockée : ", "Imported, replacing the stored edition: ")
                    + what);
        } else {
            out.println(app.say("Importée et stockée : ", "Imported and stored: ") + what);
        }
        warnings(report);
        findings(report, id);
        report.changes().ifPresent(diff -> {
            out.println(app.say("Changements du programme :", "Changes to the programme:"));
            DiffText.render(diff, app.language().tag()).lines().forEach(line -> out.println("  " + line));
        });
    }

    private void warnings(ImportReport report) {
        if (report.warnings().isEmpty()) {
            return;
        }
        int count = report.warnings().size();
        out.println(app.say("Réparations faites pour lire le document (" + Plurals.french(count, "sorte", "sortes")
                + ") :", "Repairs made to read the document (" + Plurals.english(count, "kind", "kinds") + "):"));
        for (ImportWarning warning : report.warnings()) {
            out.println("  " + warning.describe(app.language().tag()));
        }
    }

    private void findings(ImportReport report, String id) {
        StringJoiner counts = new StringJoiner(", ");
        for (Severity severity : Severity.values()) {
            counts.add(count(report.findings().withSeverity(severity).size(), severity));
        }
        String line = app.say("Constats des règles du programme : ", "Findings of the programme rules: ") + counts;
        if (!report.findings().isClean()) {
            line += app.say(" (le détail : digitalweek check " + id + ")", " (details: digitalweek check " + id + ")");
        }
        out.println(line);
    }

    /** @return e.g. {@code 0 erreur}, {@code 2 avertissements}, {@code 0 errors}, {@code 3 information} */
    private String count(int number, Severity severity) {
        String name = severity.displayName(app.language().tag());
        String names = severity == Severity.INFO && app.language() != Language.FR ? name : name + "s";
        return app.language() == Language.FR ? Plurals.french(number, name, names) : Plurals.english(number, name, names);
    }
}
