package org.digitalweek.event.cli.command;

import java.time.ZoneId;

import picocli.CommandLine.Option;

import org.digitalweek.event.domain.model.ImportContext;

/**
 * The options of the commands that read documents of other tools ({@code import}, {@code diff} of
 * files): the format, and the facts a schedule may not say.
 */
final class DocumentOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "The document's format, e.g. frab-xml, frab-json, schedule2, ics, json. "
                    + "Default: recognized from the file.")
    String format;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = ZoneOption.class,
            description = "The edition's time zone when the document names none, e.g. Africa/Bamako.")
    ZoneId zone;

    @Option(names = "--country", paramLabel = "CODE", description = "The host country (ISO 3166-1 alpha-2, e.g. ML).")
    String country;

    @Option(names = "--city", paramLabel = "CITY", description = "The host city, e.g. Bamako.")
    String city;

    @Option(names = "--language", paramLabel = "TAG",
            description = "The language of the document's texts when it does not say, e.g. fr or en "
                    + "(--lang is the language of this command's messages).")
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
