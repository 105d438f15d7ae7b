package org.digitalweek.event.domain.reuse;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.model.SessionType;

/**
 * The figures of a series, edition by edition, and their totals: what a ministry's annual report
 * shows of the Semaine du Numérique over the years.
 *
 * @param series   the series
 * @param editions the figures of each edition, in order of number, then first day, then id (two
 *                 sister editions may share a number); may be empty
 */
public record SeriesStatistics(SeriesId series, List<EditionStatistics> editions) {

    private static final Comparator<EditionStatistics> ORDER = Comparator.comparingInt(EditionStatistics::number)
            .thenComparing(EditionStatistics::firstDay).thenComparing(EditionStatistics::edition);

    /** Copies the editions in order. */
    public SeriesStatistics {
        Objects.requireNonNull(series, "'series' must not be null");
        Objects.requireNonNull(editions, "'editions' must not be null");
        editions = List.copyOf(editions).stream().sorted(ORDER).toList();
    }

    /**
     * @param series   the series
     * @param editions editions of that series, in any order; none of another series
     * @return their figures
     * @throws InvariantViolationException when an edition belongs to another series: mixing series
     *                                     is a mistake of the caller, and silently leaving one out would
     *                                     make the report wrong
     */
    public static SeriesStatistics of(SeriesId series, List<PublicEdition> editions) {
        Objects.requireNonNull(series, "'series' must not be null");
        Objects.requireNonNull(editions, "'editions' must not be null");
        for (PublicEdition edition : editions) {
            SeriesId other = edition.series().id();
            if (!other.equals(series)) {
                throw new InvariantViolationException("SeriesStatistics", "edition '" + edition.id()
                        + "' belongs to series '" + other + "', not '" + series + "'");
            }
        }
        return new SeriesStatistics(series, editions.stream().map(EditionStatistics::of).toList());
    }

    /** @return the sessions that take place, per type, summed over the editions; cancelled ones are not counted */
    public Map<SessionType, Integer> totalSessionsByType() {
        return SortedMaps.sum(editions.stream().map(EditionStatistics::sessionsByType).toList(),
                Comparator.naturalOrder());
    }

    /**
     * @return the speakers per country, summed over the editions: each edition counts its distinct
     *         speakers, so a minister who speaks at three editions counts three times (speaker
     *         appearances, not distinct people across the series)
     */
    public Map<Country, Integer> totalSpeakersByCountry() {
        return SortedMaps.sum(editions.stream().map(EditionStatistics::speakersByCountry).toList(),
                SortedMaps.BY_CODE);
    }

    /** @return the speakers who serve no ministry, summed over the editions like {@link #totalSpeakersByCountry()} */
    public int totalSpeakersWithoutCountry() {
        return editions.stream().mapToInt(EditionStatistics::speakersWithoutCountry).sum();
    }

    /** @return the cancelled sessions of every edition */
    public int totalCancelled() {
        return editions.stream().mapToInt(EditionStatistics::cancelledSessions).sum();
    }
}
