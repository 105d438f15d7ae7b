package org.digitalweek.event.domain.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;

/** A jar that lists its formats in {@code META-INF/services} adds them, with no change to the library. */
class FormatCatalogueTest {

    /** A format as a third party would write it: one line per session. */
    public static final class SessionListExporter implements Exporter {
        @Override
        public String formatId() {
            return "session-list";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
            for (var session : edition.programme()) {
                out.write((session.id().value() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** An importer as a third party would write it. */
    public static final class FixedImporter implements Importer {
        @Override
        public String formatId() {
            return "fixed";
        }

        @Override
        public String mediaType() {
            return "application/octet-stream";
        }

        @Override
        public ImportResult read(InputStream in, ImportContext context) {
            return new ImportResult(EditionDrafts.week(), List.of());
        }
    }

    @Test
    void findsTheFormatsThatAThirdPartyJarDeclares(@TempDir Path jar) throws IOException {
        Path services = Files.createDirectories(jar.resolve("META-INF/services"));
        Files.writeString(services.resolve(Exporter.class.getName()), SessionListExporter.class.getName() + "\n");
        Files.writeString(services.resolve(Importer.class.getName()), FixedImporter.class.getName() + "\n");

        try (URLClassLoader thirdParty = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                FormatCatalogueTest.class.getClassLoader())) {
            FormatCatalogue catalogue = FormatCatalogue.discover(thirdParty);

            assertThat(catalogue.exporter("session-list")).get().isInstanceOf(SessionListExporter.class);
            assertThat(catalogue.importer("fixed")).get().isInstanceOf(FixedImporter.class);
            assertThat(catalogue.exporter("fixed")).isEmpty();
            assertThat(catalogue.exporters()).extracting(Exporter::formatId).contains("session-list");

            var out = new ByteArrayOutputStream();
            catalogue.exporter("session-list").orElseThrow().export(
                    Drafts.toEdition(EditionDrafts.week()),
                    new ExportContext(Clock.systemUTC(), "fr"), out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("opening\nexpo\npanel-1\nai-training\n");
        }
    }

    @Test
    void findsNothingWhereNothingIsDeclared() {
        FormatCatalogue catalogue = FormatCatalogue.discover(new URLClassLoader(new URL[0], null));
        assertThat(catalogue.exporters()).isEmpty();
        assertThat(catalogue.importers()).isEmpty();
    }

    @Test
    void offersExactlyTheFormatsItIsGiven() {
        FormatCatalogue catalogue = FormatCatalogue.of(List.of(new SessionListExporter()),
                List.of(new FixedImporter()));

        assertThat(catalogue.exporters()).extracting(Exporter::formatId).containsExactly("session-list");
        assertThat(catalogue.importer("fixed")).get().isInstanceOf(FixedImporter.class);
        assertThat(catalogue.importer("json")).isEmpty();
    }
}
