/**
 * Storage adapters of digitalweek behind the domain's {@code Editions} port, each opened by URI
 * through an {@code EditionsProvider}.
 */
module org.digitalweek.event.persistence {
    requires org.digitalweek.event.domain;

    exports org.digitalweek.event.persistence.memory;

    provides org.digitalweek.event.domain.port.out.EditionsProvider
            with org.digitalweek.event.persistence.memory.InMemoryEditionsProvider;
}
