package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;

import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Statement;

/** A quotation, {@link Statement}, as stored. */
record StatementDocument(String speaker, String text, String language,
                         Optional<Map<String, String>> illustrativeNote) {

    static StatementDocument of(Statement s) {
        return new StatementDocument(s.speaker().value(), s.text(), s.language(), note(s.provenance()));
    }

    Statement toModel(String at) {
        return at(at, () -> new Statement(new OfficialId(speaker), text, language,
                provenance(illustrativeNote, child(at, "illustrativeNote"))));
    }
}
