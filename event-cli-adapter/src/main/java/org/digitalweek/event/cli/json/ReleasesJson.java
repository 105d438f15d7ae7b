package org.digitalweek.event.cli.json;

import java.io.OutputStream;
import java.util.List;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * {@code digitalweek releases --json}: an edition's releases by number, with the members of the HTTP
 * API's {@code GET /editions/{id}/releases}; {@code publishedAt} is given in the edition's zone, with
 * its offset (the same instant as the API's UTC form).
 */
public final class ReleasesJson {

    private ReleasesJson() {
    }

    /**
     * @param stdout   standard output, as bytes
     * @param language the language of the command line's own words
     * @param edition  the edition's public view: its id, version, title and zone
     * @param releases its releases, by number; empty when none
     */
    public static void write(OutputStream stdout, Language language, PublicEdition edition,
                             List<ReleaseSummary> releases) {
        JsonWriter json = JsonValues.open(stdout, "releases", language);
        json.member("edition", edition.id().value()).member("version", edition.version());
        JsonValues.texts(json, "title", edition.title());
        json.member("zone", edition.zone().getId());
        json.name("releases").beginArray();
        for (ReleaseSummary r : releases) {
            json.beginObject().member("number", r.number()).member("label", r.label())
                    .member("publishedAt", JsonValues.at(r.publishedAt(), edition.zone()))
                    .member("editionVersion", r.editionVersion()).member("sessionCount", r.sessionCount())
                    .endObject();
        }
        json.endArray();
        JsonValues.close(json);
    }
}
