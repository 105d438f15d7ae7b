package org.digitalweek.event.export.frab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;

import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.domain.port.in.ImportEdition;
import org.digitalweek.event.export.support.DocumentsOverAStore;
import org.digitalweek.event.export.support.Corpus;

/** Runs the {@code frab-xml} importer directly, or through the domain's import use case. */
final class FrabImports {

    private FrabImports() {
    }

    /** @return a catalogue that offers {@code frab-xml}, as the module declares it */
    static FormatCatalogue catalogue() {
        return FormatCatalogue.of(List.of(), List.of(new FrabXmlImporter()));
    }

    /**
     * @param editions the store
     * @return the import use case over that store, with the formats the module declares, frab-xml among them
     */
    static ImportEdition service(Editions editions) {
        return DocumentsOverAStore.over(editions);
    }

    /**
     * @param name a corpus file, e.g. {@code 31c3-v1.3.xml}
     * @param zone the time zone option
     * @return what the import use case reads, validates and checks, without storing
     * @throws IOException when the file cannot be read
     */
    static ImportReport corpus(String name, String zone) throws IOException {
        try (InputStream in = Files.newInputStream(Corpus.schedule(name))) {
            return service(new FakeEditions())
                    .read("frab-xml", ImportContext.named(name).withDefaultZone(ZoneId.of(zone)), in);
        }
    }

    /**
     * @param command the import
     * @param xml     the document
     * @param store   the store
     * @return the report
     * @throws IOException never: the document is in memory
     */
    static ImportReport store(ImportEditionCommand command, String xml, Editions store) throws IOException {
        return service(store).importEdition(command, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param xml     a document
     * @param context the source name and options
     * @return what the importer reads, not validated
     * @throws IOException never: the document is in memory
     */
    static ImportResult read(String xml, ImportContext context) throws IOException {
        return read(xml.getBytes(StandardCharsets.UTF_8), context);
    }

    /**
     * @param xml     a document's bytes
     * @param context the source name and options
     * @return what the importer reads, not validated
     * @throws IOException never: the document is in memory
     */
    static ImportResult read(byte[] xml, ImportContext context) throws IOException {
        return new FrabXmlImporter().read(new ByteArrayInputStream(xml), context);
    }
}
