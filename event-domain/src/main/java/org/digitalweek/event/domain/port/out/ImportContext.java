package org.digitalweek.event.domain.port.out;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an importer is told besides the bytes.
 *
 * @param sourceName  the file or stream name, for messages
 * @param defaultZone the time zone of times that carry none, if the user gave one
 */
public record ImportContext(String sourceName, Optional<ZoneId> defaultZone) {

    /** Checks that no part is missing. */
    public ImportContext {
        Objects.requireNonNull(sourceName, "'sourceName' must not be null");
        Objects.requireNonNull(defaultZone, "'defaultZone' must not be null");
    }
}
