/**
 * Export and import adapters of digitalweek editions, found by the domain through
 * {@link java.util.ServiceLoader}: the canonical JSON format ({@code json}) and the conference-app
 * schedules of the frab family ({@code frab-xml}, {@code frab-json}, {@code schedule2}). The
 * implementations are not exported; only the services they provide are public, with the bundled
 * sample editions.
 */
module org.digitalweek.event.export {
    requires transitive org.digitalweek.event.domain; // the sample API hands out domain types
    requires tools.jackson.databind;
    requires java.xml;

    exports org.digitalweek.event.export.sample;

    provides org.digitalweek.event.domain.port.out.Exporter
            with org.digitalweek.event.export.json.CanonicalJsonExporter,
                    org.digitalweek.event.export.frab.FrabXmlExporter,
                    org.digitalweek.event.export.frabjson.FrabJsonExporter,
                    org.digitalweek.event.export.frabjson.Schedule2Exporter;
    provides org.digitalweek.event.domain.port.out.Importer
            with org.digitalweek.event.export.json.CanonicalJsonImporter;
}
