package org.digitalweek.event.domain.edition;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.digitalweek.event.domain.model.OfficialId;

/**
 * The internal part of an edition: the protocol office's file on each official. It is stored with
 * the edition but is not part of its public view.
 *
 * @param protocolFiles the file of each official who has one, in id order
 */
public record InternalRecords(Map<OfficialId, ProtocolFile> protocolFiles) {

    /** No internal records at all. */
    public static final InternalRecords NONE = new InternalRecords(Map.of());

    /** Copies the map in id order. */
    public InternalRecords {
        Objects.requireNonNull(protocolFiles, "'protocolFiles' must not be null");
        protocolFiles = Collections.unmodifiableSortedMap(new TreeMap<>(protocolFiles));
    }

    /**
     * @param official an official
     * @return the protocol file on them, if any
     */
    public Optional<ProtocolFile> protocolFile(OfficialId official) {
        return Optional.ofNullable(protocolFiles.get(official));
    }
}
