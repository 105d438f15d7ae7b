package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.reuse.SeriesStatistics;

/** Use case: the figures of a series, edition by edition, for a ministry's annual report. */
public interface QueryStatistics {

    /**
     * @param query which series
     * @return the statistics of its stored editions, by number
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    SeriesStatistics statistics(SeriesStatisticsQuery query);
}
