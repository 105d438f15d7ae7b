package org.digitalweek.event.domain.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the checker found in a programme, most serious first.
 *
 * @param findings every finding, by severity, then rule, then the sessions concerned
 */
public record CheckReport(List<Finding> findings) {

    /** Sorts the findings. */
    public CheckReport {
        Objects.requireNonNull(findings, "'findings' must not be null");
        findings = sorted(findings);
    }

    /**
     * Sorts by severity, rule, sessions and people, the lists compared as text, with each
     * finding's text keys made once rather than at every comparison: a large programme has tens of
     * thousands of findings.
     */
    private static List<Finding> sorted(List<Finding> findings) {
        record Keyed(Finding finding, String sessions, String people) {
        }
        return findings.stream()
                .map(f -> new Keyed(f, f.sessions().toString(), f.people().toString()))
                .sorted(Comparator.comparing((Keyed k) -> k.finding().severity())
                        .thenComparing(k -> k.finding().rule())
                        .thenComparing(Keyed::sessions)
                        .thenComparing(Keyed::people))
                .map(Keyed::finding)
                .toList();
    }

    /**
     * @param severity a severity
     * @return the findings of that severity
     */
    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * @param rule a rule
     * @return the findings of that rule
     */
    public List<Finding> of(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /** @return whether some finding is an error, which stops publication */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** @return whether nothing was found */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
