package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;

/** One way to reach an official's office, {@link Contact}, as stored. Internal. */
record ContactDocument(ContactKind kind, String value) {

    static ContactDocument of(Contact c) {
        return new ContactDocument(c.kind(), c.value());
    }

    Contact toModel(String at) {
        return at(at, () -> new Contact(kind, value));
    }
}
