package org.digitalweek.event.domain.port.out;

import java.util.Objects;

/**
 * A repair an importer made to read a document, e.g. {@code event 1234: no guid, derived from id}.
 *
 * @param place     where, e.g. {@code line 15, column 15 (/edition/number)} or an item id
 * @param messageFr what was repaired, in French
 * @param messageEn what was repaired, in English
 */
public record ImportWarning(String place, String messageFr, String messageEn) {

    /** Checks that no part is missing. */
    public ImportWarning {
        Objects.requireNonNull(place, "'place' must not be null");
        Objects.requireNonNull(messageFr, "'messageFr' must not be null");
        Objects.requireNonNull(messageEn, "'messageEn' must not be null");
    }
}
