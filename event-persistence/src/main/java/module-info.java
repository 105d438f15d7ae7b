/**
 * Storage adapters of digitalweek behind the domain's {@code Editions} port, each opened by URI
 * through an {@code EditionsProvider}: {@code mem:} in memory, {@code file:PATH} as JSON files.
 */
module org.digitalweek.event.persistence {
    requires transitive org.digitalweek.event.domain; // the exported stores hand out domain types
    requires tools.jackson.databind;

    exports org.digitalweek.event.persistence.memory;
    exports org.digitalweek.event.persistence.json;

    // Jackson binds the store's package-private document records reflectively.
    opens org.digitalweek.event.persistence.json to tools.jackson.databind;

    provides org.digitalweek.event.domain.port.out.EditionsProvider
            with org.digitalweek.event.persistence.memory.InMemoryEditionsProvider,
                    org.digitalweek.event.persistence.json.JsonFileEditionsProvider;
}
