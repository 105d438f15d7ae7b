package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.toDocuments;
import static org.digitalweek.event.persistence.json.Conversions.toModels;

import java.util.List;

import org.digitalweek.event.domain.edition.ProtocolFile;

/** The protocol office's file on one official, {@link ProtocolFile}, as stored. Internal. */
record ProtocolFileDocument(List<ContactDocument> contacts, String notes) {

    static ProtocolFileDocument of(ProtocolFile f) {
        return new ProtocolFileDocument(toDocuments(f.contacts(), ContactDocument::of), f.notes());
    }

    ProtocolFile toModel(String at) {
        return at(at, () -> new ProtocolFile(toModels(contacts, child(at, "contacts"), ContactDocument::toModel),
                notes));
    }
}
