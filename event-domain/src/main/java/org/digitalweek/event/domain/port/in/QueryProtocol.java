package org.digitalweek.event.domain.port.in;

import java.util.List;

import org.digitalweek.event.domain.protocol.ProtocolPlace;

/** Use case: the protocol order of a session, for the master of ceremonies and the seating plan. */
public interface QueryProtocol {

    /**
     * @param query which session
     * @return who speaks, lowest authority first and the presiding authority last
     */
    List<ProtocolPlace> speakingOrder(SessionQuery query);

    /**
     * @param query which session
     * @return everyone taking part, in the order of precedence for seating
     */
    List<ProtocolPlace> seatingOrder(SessionQuery query);
}
