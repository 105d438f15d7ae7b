package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * A read of a series' statistics.
 *
 * @param seriesId the series
 */
public record SeriesStatisticsQuery(@NotNull @Identifier String seriesId) {
}
