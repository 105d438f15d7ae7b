/**
 * Export and import adapters of digitalweek editions, found by the domain through
 * {@link java.util.ServiceLoader}: the canonical JSON format ({@code json}) and the
 * iCalendar programme ({@code ics}, export only). The implementations are
 * not exported; only the services they provide are public, with the bundled sample editions.
 */
module org.digitalweek.event.export {
    requires transitive org.digitalweek.event.domain; // the sample API hands out domain types
    requires tools.jackson.databind;
    requires net.sf.biweekly; // an automatic module, named in its manifest

    exports org.digitalweek.event.export.sample;

    provides org.digitalweek.event.domain.port.out.Exporter
            with org.digitalweek.event.export.json.CanonicalJsonExporter,
                 org.digitalweek.event.export.ics.ICalendarExporter;
    provides org.digitalweek.event.domain.port.out.Importer
            with org.digitalweek.event.export.json.CanonicalJsonImporter;
}
