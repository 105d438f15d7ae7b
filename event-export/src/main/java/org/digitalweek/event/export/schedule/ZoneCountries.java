package org.digitalweek.event.export.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country of a time zone, from tzdb's {@code zone.tab} (bundled as {@code zone-countries.tsv}):
 * {@code Africa/Bamako} is in {@code ML}. Zones of no country ({@code UTC}, fixed offsets) have none.
 */
final class ZoneCountries {

    private static final Map<String, String> COUNTRIES = load();

    private ZoneCountries() {
    }

    /**
     * @param zone a time zone
     * @return the ISO code of its country, if it belongs to one
     */
    static Optional<String> of(ZoneId zone) {
        return Optional.ofNullable(COUNTRIES.get(zone.getId()));
    }

    /**
     * @param zone a time zone
     * @return the city that names it ({@code Europe/Brussels} gives {@code Brussels}), if it is named after one
     */
    static Optional<String> city(ZoneId zone) {
        if (!COUNTRIES.containsKey(zone.getId())) {
            return Optional.empty();
        }
        String id = zone.getId();
        return Optional.of(id.substring(id.lastIndexOf('/') + 1).replace('_', ' '));
    }

    private static Map<String, String> load() {
        Map<String, String> countries = new HashMap<>();
        try (InputStream in = ZoneCountries.class.getResourceAsStream("zone-countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("zone-countries.tsv is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    countries.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(countries);
    }
}
