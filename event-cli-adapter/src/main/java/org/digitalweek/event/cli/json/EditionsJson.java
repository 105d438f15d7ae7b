package org.digitalweek.event.cli.json;

import java.io.OutputStream;
import java.util.List;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.OptionValues;
import org.digitalweek.event.domain.model.EditionSummary;

/**
 * {@code digitalweek editions --json}: the editions in the store, with the members of the HTTP API's
 * {@code GET /editions} (less its links), the status as a lowercase code and its name in the run's language.
 */
public final class EditionsJson {

    private EditionsJson() {
    }

    /**
     * @param stdout   standard output, as bytes
     * @param language the language of the command line's own words
     * @param editions the editions, in the store's order
     */
    public static void write(OutputStream stdout, Language language, List<EditionSummary> editions) {
        JsonWriter json = JsonValues.open(stdout, "editions", language);
        json.name("editions").beginArray();
        for (EditionSummary e : editions) {
            json.beginObject().member("id", e.id().value()).member("series", e.series().value())
                    .member("number", e.number());
            JsonValues.texts(json, "title", e.title());
            json.member("start", e.dates().start().toString()).member("end", e.dates().end().toString());
            e.hostCity().ifPresent(city -> json.member("hostCity", city));
            e.hostCountry().ifPresent(country -> json.member("hostCountry", country.code()));
            json.member("status", OptionValues.of(e.status()))
                    .member("statusName", e.status().displayName(language.tag()))
                    .member("version", e.version()).member("sessionCount", e.sessionCount()).endObject();
        }
        json.endArray();
        JsonValues.close(json);
    }
}
