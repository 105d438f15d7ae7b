package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: make an edition's programme public, or publish its changes again. */
public interface PublishEdition {

    /**
     * @param command which edition
     * @return the stored edition, published at the clock's current time
     */
    Edition publish(PublishEditionCommand command);
}
