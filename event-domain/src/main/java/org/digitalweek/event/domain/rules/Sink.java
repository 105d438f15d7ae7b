package org.digitalweek.event.domain.rules;

import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;

/** Collects findings at the severity the settings give their rule, and drops those of rules switched off. */
final class Sink {

    private final RuleSettings settings;
    private final List<Finding> findings = new ArrayList<>();

    Sink(RuleSettings settings) {
        this.settings = settings;
    }

    boolean isOn(Rule rule) {
        return settings.severityOf(rule).isPresent();
    }

    RuleSettings settings() {
        return settings;
    }

    void report(Rule rule, List<Session> sessions, List<OfficialId> people, List<RoomId> rooms,
                String messageFr, String messageEn) {
        settings.severityOf(rule).ifPresent(severity -> findings.add(new Finding(rule, severity,
                sessions.stream().map(Session::id).toList(), people, rooms,
                sessions.stream().map(Session::slot).toList(), messageFr, messageEn)));
    }

    List<Finding> findings() {
        return findings;
    }
}
