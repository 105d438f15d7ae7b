package org.digitalweek.event.domain.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.Severity;

/**
 * The findings a change caused and those it resolved. Two findings are the same problem when they
 * have the same rule, severity, sessions and people: a double booking that persists after one of its
 * sessions moves ten minutes is the same one, although its times and message changed. Findings are
 * counted, not paired one by one, so a programme with tens of thousands of findings is compared in
 * linear time.
 */
final class FindingChanges {

    private FindingChanges() {
    }

    /**
     * @param checker the programme rules
     * @param before  the edition before the change; {@code null} for a new edition, whose findings are all caused
     * @param stored  the edition as stored after the change
     * @return the outcome of the change
     */
    static ChangeOutcome outcome(ProgrammeChecker checker, PublicEdition before, Edition stored) {
        List<Finding> was = before == null ? List.of() : checker.check(before).findings();
        return between(was, stored.publicView(), checker.check(stored.publicView()));
    }

    /**
     * @param was    the findings before the change
     * @param after  the edition after the change
     * @param now    its findings
     * @return the outcome of the change
     */
    static ChangeOutcome between(List<Finding> was, PublicEdition after, CheckReport now) {
        return new ChangeOutcome(after, without(now.findings(), was), without(was, now.findings()));
    }

    /** The findings of {@code from}, in their order, less as many of each problem as {@code less} has. */
    private static List<Finding> without(List<Finding> from, List<Finding> less) {
        Map<Problem, Integer> left = new HashMap<>();
        less.forEach(f -> left.merge(Problem.of(f), 1, Integer::sum));
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : from) {
            Problem problem = Problem.of(finding);
            Integer count = left.get(problem);
            if (count == null) {
                kept.add(finding);
            } else if (count == 1) {
                left.remove(problem);
            } else {
                left.put(problem, count - 1);
            }
        }
        return kept;
    }

    /** What makes two findings the same problem. */
    private record Problem(Rule rule, Severity severity, List<SessionId> sessions, List<OfficialId> people) {

        static Problem of(Finding finding) {
            return new Problem(finding.rule(), finding.severity(), finding.sessions(), finding.people());
        }
    }
}
