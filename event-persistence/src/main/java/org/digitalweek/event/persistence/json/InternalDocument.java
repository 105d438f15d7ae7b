package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.OfficialId;

/**
 * The internal records of an edition, {@link InternalRecords}, as stored beside its public content:
 * the protocol file of each official, keyed by official id, in id order. Never in a release file.
 */
record InternalDocument(Map<String, ProtocolFileDocument> protocolFiles) {

    static InternalDocument of(InternalRecords r) {
        SortedMap<String, ProtocolFileDocument> files = new TreeMap<>();
        r.protocolFiles().forEach((official, file) -> files.put(official.value(), ProtocolFileDocument.of(file)));
        return new InternalDocument(files);
    }

    InternalRecords toModel(String at) {
        String filesAt = child(at, "protocolFiles");
        Map<OfficialId, ProtocolFile> files = new TreeMap<>();
        protocolFiles.forEach((official, file) -> {
            String fileAt = child(filesAt, official);
            files.put(at(fileAt, () -> new OfficialId(official)), file.toModel(fileAt));
        });
        return new InternalRecords(files);
    }
}
