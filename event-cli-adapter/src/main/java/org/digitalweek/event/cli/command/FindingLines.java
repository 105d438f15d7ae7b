package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.Severity;

/**
 * The findings of the programme rules as text: grouped by severity, each with its rule, its message
 * and what it concerns, and a summary line with the counts. On a terminal, long lines wrap at spaces,
 * their continuation indented.
 */
final class FindingLines {

    /** How many sessions, people, rooms or times a finding's details name. */
    private static final int LISTED = 10;

    private FindingLines() {
    }

    /**
     * @param app    the run: its language and terminal
     * @param report what the rules found
     * @return the lines of every non-empty severity group, most serious first
     */
    static List<String> groups(Invocation app, CheckReport report) {
        List<String> lines = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.withSeverity(severity);
            if (findings.isEmpty()) {
                continue;
            }
            String heading = severity.displayName(app.language().tag()).toUpperCase(app.language().locale())
                    + " (" + findings.size() + ")";
            lines.add(app.terminal().style(heading, colour(severity)));
            findings.forEach(f -> lines.addAll(finding(app, f)));
            lines.add("");
        }
        return lines;
    }

    /**
     * @param app    the run
     * @param report what the rules found
     * @return e.g. {@code 1 erreur, 2 avertissements, 0 information}
     */
    static String counts(Invocation app, CheckReport report) {
        return count(app, report, Severity.ERROR, "erreur", "error") + ", "
                + count(app, report, Severity.WARNING, "avertissement", "warning") + ", "
                + count(app, report, Severity.INFO, "information", "information");
    }

    /**
     * @param app the run
     * @param f   a finding
     * @return its rule and message, then what it is about
     */
    static List<String> finding(Invocation app, Finding f) {
        String tag = app.language().tag();
        List<String> lines = new ArrayList<>();
        lines.addAll(app.terminal().wrap("  [" + f.rule().code() + "] " + f.message(tag), 4));
        List<String> about = new ArrayList<>();
        about(app, about, "sessions", "sessions", f.sessions());
        about(app, about, "personnes", "people", f.people());
        about(app, about, "salles", "rooms", f.rooms());
        List<String> times = new ArrayList<>();
        f.times().forEach(slot -> times.add(Moments.slot(slot, app.language())));
        about(app, about, "horaires", "times", times);
        if (!about.isEmpty()) {
            lines.addAll(app.terminal().wrap("      " + String.join(app.say(" ; ", "; "), about), 8));
        }
        return lines;
    }

    /** The first {@link #LISTED} items, then how many more: a clash group may hold thousands of sessions. */
    private static void about(Invocation app, List<String> about, String french, String english, List<?> items) {
        if (!items.isEmpty()) {
            String listed = items.stream().limit(LISTED).map(Object::toString).collect(Collectors.joining(", "));
            int more = items.size() - LISTED;
            about.add(app.say(french + " : ", english + ": ") + listed
                    + (more > 0 ? app.say(" et " + more + (more == 1 ? " autre" : " autres"), " and " + more + " more") : ""));
        }
    }

    /** French puts 0 and 1 in the singular, English only 1; "information" does not change in English. */
    private static String count(Invocation app, CheckReport report, Severity severity, String french,
                                String english) {
        int n = report.withSeverity(severity).size();
        String word = app.say(n <= 1 ? french : french + "s",
                n == 1 || english.equals("information") ? english : english + "s");
        return n + " " + word;
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;36";
        };
    }
}
