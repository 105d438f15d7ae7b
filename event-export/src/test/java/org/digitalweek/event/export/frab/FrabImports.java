package org.digitalweek.event.export.frab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.service.FormatCatalogue;
import org.digitalweek.event.domain.service.ImportService;
import org.digitalweek.event.export.support.Corpus;

/** Runs the {@code frab-xml} importer directly, or through the domain's import use case. */
final class FrabImports {

    private FrabImports() {
    }

    /**
     * The catalogue the library would build once the importer is declared in the module's
     * {@code META-INF/services}: found by {@link FormatCatalogue#discover} in a services file of a
     * temporary folder, the way a third-party jar adds a format.
     *
     * @return a catalogue that offers {@code frab-xml}
     */
    static FormatCatalogue catalogue() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("frab-xml-catalogue");
            Path services = Files.createDirectories(folder.resolve("META-INF").resolve("services"));
            Files.writeString(services.resolve(Importer.class.getName()), FrabXmlImporter.class.getName() + "\n");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()},
                    FrabImports.class.getClassLoader())) {
                return FormatCatalogue.discover(loader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /**
     * @param editions the store
     * @return the import use case over that store, with the frab-xml importer
     */
    static ImportService service(Editions editions) {
        return new ImportService(editions, Validators.inputValidator(), new ProgrammeChecker(), catalogue());
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

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
