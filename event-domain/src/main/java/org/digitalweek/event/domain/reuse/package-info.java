/**
 * Reuse of past editions: {@link org.digitalweek.event.domain.reuse.EditionCloner} starts next year's
 * edition, or a sister edition in another country, from an existing one;
 * {@link org.digitalweek.event.domain.reuse.SeriesStatistics} gives the figures of a series for a
 * ministry's annual report. Pure functions over the model: no I/O, no clock.
 */
package org.digitalweek.event.domain.reuse;
