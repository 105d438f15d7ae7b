/**
 * Export and import adapters of digitalweek editions, found by the domain through
 * {@link java.util.ServiceLoader}: the canonical JSON format ({@code json}), the self-contained
 * HTML programme page ({@code html}) and the Markdown programme ({@code markdown}). The
 * implementations are not exported; only the services they provide are public, with the bundled sample editions.
 */
module org.digitalweek.event.export {
    requires transitive org.digitalweek.event.domain; // the sample API hands out domain types
    requires tools.jackson.databind;

    exports org.digitalweek.event.export.sample;

    provides org.digitalweek.event.domain.port.out.Exporter
            with org.digitalweek.event.export.json.CanonicalJsonExporter,
                 org.digitalweek.event.export.html.HtmlProgrammeExporter,
                 org.digitalweek.event.export.markdown.MarkdownProgrammeExporter;
    provides org.digitalweek.event.domain.port.out.Importer
            with org.digitalweek.event.export.json.CanonicalJsonImporter;
}
