package org.digitalweek.event.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
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
        Set<MinistryId> taking = programme.edition().participations().stream().map(Participation::ministry)
                .collect(Collectors.toSet());
        for (Session s : programme.active()) {
            if (sink.isOn(Rule.PRESIDING_MINISTRY_ABSENT)) {
                presidingMinistries(programme, sink, s, taking);
            }
            if (s.type().isCeremony() && sink.isOn(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL)) {
                speakingOrder(programme, sink, s);
            }
        }
    }

    /** A plain loop: this runs for every session, and most have no one presiding. */
    private static void presidingMinistries(Programme programme, Sink sink, Session s, Set<MinistryId> taking) {
        List<OfficialId> seen = new ArrayList<>(1);
        for (Participant p : s.participants()) {
            if (p.role() != ParticipantRole.PRESIDES || seen.contains(p.official())) {
                continue;
            }
            seen.add(p.official());
            Official o = programme.official(p.official());
            if (o.ministry().isPresent() && !taking.contains(o.ministry().get())) {
                absentMinistry(sink, s, o);
            }
        }
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
