package org.digitalweek.event.domain.port.in;

import java.util.Objects;

/**
 * A document format the library can write or read.
 *
 * @param id        the format's id, e.g. {@code ics} or {@code frab-xml}
 * @param mediaType its media type, e.g. {@code text/calendar}
 * @param exported  whether editions can be exported to it
 * @param imported  whether editions can be imported from it
 */
public record FormatDescription(String id, String mediaType, boolean exported, boolean imported) {

    /** Checks that no part is missing. */
    public FormatDescription {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(mediaType, "'mediaType' must not be null");
    }
}
