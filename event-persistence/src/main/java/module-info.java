/**
 * Storage adapters of digitalweek behind the domain's {@code Editions} port.
 */
module org.digitalweek.event.persistence {
    requires org.digitalweek.event.domain;

    exports org.digitalweek.event.persistence.memory;
}
