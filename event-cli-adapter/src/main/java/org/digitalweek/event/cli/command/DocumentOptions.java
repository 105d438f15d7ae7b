package org.digitalweek.event.cli.command;

import java.time.ZoneId;

import picocli.CommandLine.Option;

import org.digitalweek.event.domain.model.ImportContext;

/**
 * The options of the commands that read documents of other tools ({@code import}, {@code diff} of
 * files): the format, and the facts a schedule may not say.
 */
final class DocumentOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", descriptionKey = "document.format")
    String format;

    @Option(names = "--time-zone", paramLabel = "${bundle:label.zone}", converter = ZoneOption.class,
            descriptionKey = "document.time-zone")
    ZoneId zone;

    @Option(names = "--country", paramLabel = "CODE", descriptionKey = "document.country")
    String country;

    @Option(names = "--city", paramLabel = "${bundle:label.city}", descriptionKey = "document.city")
    String city;

    @Option(names = "--language", paramLabel = "${bundle:label.tag}", descriptionKey = "document.language")
    String language;

    /**
     * @param sourceName the document's name, for messages
     * @return the import context with every option given
     */
    ImportContext context(String sourceName) {
        ImportContext context = ImportContext.named(sourceName);
        if (zone != null) {
            context = context.withDefaultZone(zone);
        }
        if (country != null) {
            context = context.withHostCountry(country);
        }
        if (city != null) {
            context = context.withHostCity(city);
        }
        if (language != null) {
            context = context.withDefaultLanguage(language);
        }
        return context;
    }
}
