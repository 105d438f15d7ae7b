package org.digitalweek.event.domain.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;

/**
 * The order of state protocol in a session, from the officials' precedence.
 *
 * <p>Who speaks: the participants who preside or give an address ({@link ParticipantRole#PRESIDES},
 * {@link ParticipantRole#SPEAKER}). Their <em>planned</em> order is the order in which the session
 * lists them. Protocol wants the lowest authority to speak first and the highest last, and the
 * presiding authority to close, as the Malian minister did when he launched the 3rd Semaine du
 * Numérique in the name of the Prime Minister. A person acting on behalf of a higher authority
 * holds that authority's rank. People of equal rank keep their planned order.
 *
 * <p>Seating follows the opposite direction: the presiding authority in the place of honour, then
 * the highest ranks first; at equal rank, guests from another country before the host country's own
 * officials, as courtesy to delegations requires, then the planned order.
 */
public final class ProtocolOrder {

    private static final Comparator<ProtocolPlace> LOWEST_AUTHORITY_FIRST =
            Comparator.comparing(ProtocolPlace::precedence).reversed();

    private ProtocolOrder() {
    }

    /**
     * @param edition the edition that holds the session and its people
     * @param session a session
     * @return the people who speak, in the order the session lists them
     */
    public static List<ProtocolPlace> plannedSpeakingOrder(PublicEdition edition, Session session) {
        return places(edition, session).stream()
                .filter(p -> p.role() == ParticipantRole.PRESIDES || p.role() == ParticipantRole.SPEAKER).toList();
    }

    /**
     * @param edition the edition that holds the session and its people
     * @param session a session
     * @return the people who speak, in the order protocol wants: lowest authority first, presiding authority last
     */
    public static List<ProtocolPlace> speakingOrder(PublicEdition edition, Session session) {
        return inProtocolOrder(plannedSpeakingOrder(edition, session));
    }

    /**
     * @param planned a planned speaking order
     * @return whether it is an order protocol accepts: the same as protocol's, up to people of equal rank
     */
    public static boolean followsProtocol(List<ProtocolPlace> planned) {
        List<ProtocolPlace> wanted = inProtocolOrder(planned);
        for (int i = 0; i < planned.size(); i++) {
            ProtocolPlace a = planned.get(i);
            ProtocolPlace b = wanted.get(i);
            if (a.presides() != b.presides() || !a.precedence().equals(b.precedence())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param edition the edition that holds the session and its people
     * @param session a session
     * @return everyone taking part, in the order of precedence for seating: presiding authority first,
     *         then by rank, guests before hosts at equal rank
     */
    public static List<ProtocolPlace> seatingOrder(PublicEdition edition, Session session) {
        Optional<Country> host = edition.hostCountry();
        Comparator<ProtocolPlace> order = Comparator.comparing((ProtocolPlace p) -> !p.presides())
                .thenComparing(ProtocolPlace::precedence)
                .thenComparing(p -> isHost(edition, p.official(), host));
        return places(edition, session).stream().sorted(order).toList();
    }

    private static List<ProtocolPlace> inProtocolOrder(List<ProtocolPlace> planned) {
        List<ProtocolPlace> order = new ArrayList<>();
        planned.stream().filter(p -> !p.presides()).sorted(LOWEST_AUTHORITY_FIRST).forEach(order::add);
        planned.stream().filter(ProtocolPlace::presides).sorted(LOWEST_AUTHORITY_FIRST).forEach(order::add);
        return order;
    }

    /** Without a host country given, no one is known to be a guest: everyone counts as a host. */
    private static boolean isHost(PublicEdition edition, Official official, Optional<Country> host) {
        return official.ministry().flatMap(edition::ministry)
                .map(m -> host.map(m.country()::equals).orElse(true)).orElse(true);
    }

    /** Each person once, in the order of their first part, with their highest role and rank here. */
    private static List<ProtocolPlace> places(PublicEdition edition, Session session) {
        Map<OfficialId, List<Participant>> parts = new LinkedHashMap<>();
        for (Participant p : session.participants()) {
            parts.computeIfAbsent(p.official(), k -> new ArrayList<>()).add(p);
        }
        List<ProtocolPlace> places = new ArrayList<>();
        parts.forEach((id, roles) -> {
            Official official = edition.official(id).orElseThrow();
            ParticipantRole role = roles.stream().map(Participant::role).min(Comparator.naturalOrder()).orElseThrow();
            Optional<Mandate> mandate = roles.stream().flatMap(p -> p.onBehalfOf().stream())
                    .min(Comparator.comparing(Mandate::precedence));
            Precedence rank = mandate.map(Mandate::precedence).filter(m -> m.outranks(official.precedence()))
                    .orElse(official.precedence());
            places.add(new ProtocolPlace(official, role, rank, mandate));
        });
        return places;
    }
}
