package org.digitalweek.event.cli.json;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.OptionValues;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.reuse.EditionStatistics;
import org.digitalweek.event.domain.reuse.SeriesStatistics;

/**
 * {@code digitalweek stats --json}: a series' figures edition by edition and in total, as the tables
 * show them: sessions held and cancelled, speakers and their countries, sessions held by kind. The
 * kinds are keyed by their lowercase code; {@code typeNames} names each kind that occurs.
 */
public final class StatsJson {

    private StatsJson() {
    }

    /**
     * @param stdout   standard output, as bytes
     * @param language the language of the command line's own words
     * @param stats    the series' figures; at least one edition
     * @param editions the series' editions, for their titles
     */
    public static void write(OutputStream stdout, Language language, SeriesStatistics stats,
                             List<EditionSummary> editions) {
        JsonWriter json = JsonValues.open(stdout, "stats", language);
        json.member("series", stats.series().value());
        json.name("editions").beginArray();
        int speakers = 0;
        for (EditionStatistics e : stats.editions()) {
            json.beginObject().member("edition", e.edition().value()).member("number", e.number());
            editions.stream().filter(summary -> summary.id().equals(e.edition())).findFirst()
                    .ifPresent(summary -> JsonValues.texts(json, "title", summary.title()));
            json.member("firstDay", e.firstDay().toString());
            figures(json, e.sessionsByType(), e.cancelledSessions(), e.speakers(), e.speakersByCountry(),
                    e.speakersWithoutCountry());
            json.endObject();
            speakers += e.speakers();
        }
        json.endArray();
        json.name("total").beginObject();
        figures(json, stats.totalSessionsByType(), stats.totalCancelled(), speakers, stats.totalSpeakersByCountry(),
                stats.totalSpeakersWithoutCountry());
        json.endObject();
        json.name("typeNames").beginObject();
        for (SessionType type : stats.totalSessionsByType().keySet()) {
            json.member(OptionValues.of(type), type.displayName(language.tag()));
        }
        json.endObject();
        JsonValues.close(json);
    }

    private static void figures(JsonWriter json, Map<SessionType, Integer> byType, int cancelled, int speakers,
                                Map<Country, Integer> byCountry, int withoutCountry) {
        json.member("sessions", byType.values().stream().mapToInt(Integer::intValue).sum())
                .member("cancelled", cancelled).member("speakers", speakers);
        Map<String, Integer> countries = new LinkedHashMap<>();
        byCountry.forEach((country, count) -> countries.put(country.code(), count));
        JsonValues.counts(json, "speakersByCountry", countries);
        json.member("speakersWithoutCountry", withoutCountry);
        Map<String, Integer> types = new LinkedHashMap<>();
        byType.forEach((type, count) -> types.put(OptionValues.of(type), count));
        JsonValues.counts(json, "sessionsByType", types);
    }
}
