package org.digitalweek.event.domain.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.protocol.ProtocolOrder;
import org.digitalweek.event.domain.protocol.ProtocolPlace;

/**
 * The rules of protocol: {@link Rule#PRESIDING_MINISTRY_ABSENT} and
 * {@link Rule#SPEAKING_ORDER_BREAKS_PROTOCOL}. One pass over the sessions, O(n) in their participants
 * plus a sort of each ceremony's speakers.
 */
final class ProtocolChecks {

    private ProtocolChecks() {
    }

    static void run(Programme programme, Sink sink) {
        boolean presiding = sink.isOn(Rule.PRESIDING_MINISTRY_ABSENT);
        boolean speaking = sink.isOn(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL);
        boolean[] absent = presiding ? absentMinistries(programme) : null;
        SessionPeople people = programme.people();
        for (int n = 0; n < programme.count(); n++) {
            if (presiding) {
                for (int p = people.from(n); p < people.to(n); p++) {
                    if (people.presides(p) && absent[people.person(p)]) {
                        absentMinistry(sink, programme.session(n), programme.officials().official(people.person(p)));
                    }
                }
            }
            if (speaking && programme.ceremony(n)) {
                speakingOrder(programme, sink, programme.session(n));
            }
        }
    }

    /** @return for each official, by number, whether they serve a ministry that takes no part in the edition */
    private static boolean[] absentMinistries(Programme programme) {
        Set<MinistryId> taking = programme.edition().participations().stream().map(Participation::ministry)
                .collect(Collectors.toSet());
        OfficialNumbers officials = programme.officials();
        boolean[] absent = new boolean[officials.count()];
        for (int o = 0; o < officials.count(); o++) {
            absent[o] = officials.official(o).ministry().map(m -> !taking.contains(m)).orElse(false);
        }
        return absent;
    }

    private static void absentMinistry(Sink sink, Session s, Official o) {
        MinistryId ministry = o.ministry().orElseThrow();
        sink.report(Rule.PRESIDING_MINISTRY_ABSENT, List.of(s), List.of(o.id()), s.room().stream().toList(),
                o.displayName() + " (" + o.id() + ") préside " + Messages.fr(s) + ", mais son ministère ("
                        + ministry + ") ne participe pas à l'édition.",
                o.displayName() + " (" + o.id() + ") presides " + Messages.en(s) + ", but their ministry ("
                        + ministry + ") takes no part in the edition.");
    }

    private static void speakingOrder(Programme programme, Sink sink, Session s) {
        List<ProtocolPlace> planned = ProtocolOrder.plannedSpeakingOrder(programme.edition(), s);
        if (ProtocolOrder.followsProtocol(planned)) {
            return;
        }
        List<ProtocolPlace> wanted = ProtocolOrder.speakingOrder(programme.edition(), s);
        sink.report(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL, List.of(s),
                planned.stream().map(p -> p.official().id()).toList(), s.room().stream().toList(),
                "L'ordre de parole prévu pour " + Messages.fr(s) + " est contraire au protocole : prévu "
                        + names(planned) + " ; le protocole veut " + names(wanted) + ".",
                "The planned speaking order of " + Messages.en(s) + " breaks protocol: planned "
                        + names(planned) + "; protocol wants " + names(wanted) + ".");
    }

    private static String names(List<ProtocolPlace> places) {
        return places.stream().map(p -> p.official().id().value()).collect(Collectors.joining(", "));
    }
}
