/**
 * Export and import adapters of digitalweek editions, found by the domain through {@link
 * java.util.ServiceLoader}: the canonical JSON document ({@code json}), iCalendar ({@code ics}),
 * frab and pretalx schedules ({@code frab-xml}, {@code frab-json}, {@code schedule2}), the
 * programme page ({@code html}) and Markdown ({@code markdown}), the programme as CSV ({@code
 * csv}, {@code csv-excel}), schema.org linked data ({@code jsonld}) and the press communiqué
 * ({@code communique}). The implementations are not exported; only the services they provide are
 * public, with the bundled sample editions.
 */
module org.digitalweek.event.export {
    requires transitive org.digitalweek.event.domain; // the sample API hands out domain types
    requires java.xml;
    requires net.sf.biweekly; // an automatic module, named in its manifest
    requires tools.jackson.databind;

    exports org.digitalweek.event.export.sample;

    provides org.digitalweek.event.domain.port.out.Exporter
            with org.digitalweek.event.export.json.CanonicalJsonExporter,
                 org.digitalweek.event.export.communique.CommuniqueExporter,
                 org.digitalweek.event.export.csv.CsvExporter,
                 org.digitalweek.event.export.csv.ExcelCsvExporter,
                 org.digitalweek.event.export.frab.FrabXmlExporter,
                 org.digitalweek.event.export.frabjson.FrabJsonExporter,
                 org.digitalweek.event.export.frabjson.Schedule2Exporter,
                 org.digitalweek.event.export.html.HtmlProgrammeExporter,
                 org.digitalweek.event.export.ics.ICalendarExporter,
                 org.digitalweek.event.export.jsonld.JsonLdExporter,
                 org.digitalweek.event.export.markdown.MarkdownProgrammeExporter;
    provides org.digitalweek.event.domain.port.out.Importer
            with org.digitalweek.event.export.json.CanonicalJsonImporter,
                 org.digitalweek.event.export.frab.FrabXmlImporter,
                 org.digitalweek.event.export.frabjson.FrabJsonImporter,
                 org.digitalweek.event.export.frabjson.Schedule2Importer,
                 org.digitalweek.event.export.ics.ICalendarImporter;
}
