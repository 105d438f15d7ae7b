package org.digitalweek.event.domain.port.in;

import java.util.List;

import org.digitalweek.event.domain.protocol.ProtocolPlace;

/** Use case: the protocol order of a session, for the master of ceremonies and the seating plan. */
public interface QueryProtocol {

    /**
     * @param query which session
     * @return who speaks, lowest authority first and the presiding authority last
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when the edition has no such session
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    List<ProtocolPlace> speakingOrder(SessionQuery query);

    /**
     * @param query which session
     * @return everyone taking part, in the order of precedence for seating
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when the edition has no such session
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    List<ProtocolPlace> seatingOrder(SessionQuery query);
}
