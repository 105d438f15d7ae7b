/**
 * The digitalweek domain: editions of recurring government technology events, their programme and
 * protocol; the use cases (in-ports) and the ports adapters plug into (storage, exporters, importers).
 * No framework and no I/O: the validation provider, the store and the clock are injected.
 */
module org.digitalweek.event.domain {
    requires transitive jakarta.validation;

    exports org.digitalweek.event.domain.model;
    exports org.digitalweek.event.domain.edition;
    exports org.digitalweek.event.domain.draft;
    exports org.digitalweek.event.domain.error;
    exports org.digitalweek.event.domain.validation;
    exports org.digitalweek.event.domain.port.in;
    exports org.digitalweek.event.domain.port.out;
    exports org.digitalweek.event.domain.rules;
    exports org.digitalweek.event.domain.protocol;
    exports org.digitalweek.event.domain.boot;
    exports org.digitalweek.event.domain.diff;
    exports org.digitalweek.event.domain.reuse;

    // The validation provider reads constraints reflectively.
    opens org.digitalweek.event.domain.draft to org.hibernate.validator;
    opens org.digitalweek.event.domain.port.in to org.hibernate.validator;

    uses org.digitalweek.event.domain.port.out.Exporter;
    uses org.digitalweek.event.domain.port.out.Importer;
    uses org.digitalweek.event.domain.port.out.EditionsProvider;
}
