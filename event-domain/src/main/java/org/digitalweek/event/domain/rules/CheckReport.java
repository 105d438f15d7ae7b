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

    /** The order of findings in a report. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.sessions().toString())
            .thenComparing(f -> f.people().toString());

    /** Sorts the findings. */
    public CheckReport {
        Objects.requireNonNull(findings, "'findings' must not be null");
        findings = findings.stream().sorted(ORDER).toList();
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
