package org.digitalweek.event.domain.port.in;

/** The use cases of reuse from one edition to the next as one port: cloning, and a series' statistics. */
public interface ReuseUseCases extends CloneEdition, QueryStatistics {
}
