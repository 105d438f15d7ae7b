package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.text;
import static org.digitalweek.event.persistence.json.Conversions.toDocuments;
import static org.digitalweek.event.persistence.json.Conversions.toModels;

import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.model.Theme;

/** A {@link Theme} as stored; an empty description is an empty object. */
record ThemeDocument(Map<String, String> title, Map<String, String> description, List<TrackDocument> tracks) {

    static ThemeDocument of(Theme t) {
        return new ThemeDocument(t.title().values(), t.description().values(),
                toDocuments(t.tracks(), TrackDocument::of));
    }

    Theme toModel(String at) {
        return at(at, () -> new Theme(text(title, child(at, "title")), text(description, child(at, "description")),
                toModels(tracks, child(at, "tracks"), TrackDocument::toModel)));
    }
}
