package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ExportedDocument;
import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

/** Export through the use case, the formats it lists and the format it recognises. */
class DocumentServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T08:00:00Z"), ZoneOffset.UTC);

    /** An exporter that writes the clock's time and the language, to see what the use case hands it. */
    static final class StampExporter implements Exporter {
        @Override
        public String formatId() {
            return "stamp";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
            out.write((edition.id() + " " + context.clock().instant() + " " + context.language())
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An importer of the same id and media type as {@link StampExporter}, that recognises {@code .stamp} files. */
    static final class StampImporter implements Importer {
        @Override
        public String formatId() {
            return "stamp";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public boolean recognizes(String fileName, String head) {
            return fileName.endsWith(".stamp");
        }

        @Override
        public ImportResult read(InputStream in, ImportContext context) {
            return new ImportResult(EditionDrafts.week(), List.of());
        }
    }

    /** An exporter of another id, to see the list's order. */
    static final class SessionListExporter implements Exporter {
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
            out.write(edition.programme().size());
        }
    }

    /** An importer that recognises nothing. */
    static final class FixedImporter implements Importer {
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

    private final FakeEditions store = new FakeEditions();
    private final DocumentService documents = new DocumentService(store, Validators.inputValidator(),
            new ProgrammeChecker(), CLOCK, List.of(new StampExporter(), new SessionListExporter()),
            List.of(new FixedImporter(), new StampImporter()));

    @BeforeEach
    void planTheWeek() {
        new ProgrammeService(store, Validators.inputValidator()).plan(new PlanEditionCommand(EditionDrafts.week()));
    }

    @Test
    void theFormatsAreOneLineEachByIdWithTheirDirections() {
        assertThat(documents.formats()).containsExactly(
                new FormatDescription("fixed", "application/octet-stream", false, true),
                new FormatDescription("session-list", "text/plain", true, false),
                new FormatDescription("stamp", "text/plain", true, true));
    }

    @Test
    void anImportFormatIsRecognisedFromTheDocument() {
        assertThat(documents.importFormatOf("week.stamp", "")).contains(
                new FormatDescription("stamp", "text/plain", true, true));
        assertThat(documents.importFormatOf("week.xml", "<schedule>")).isEmpty();
    }

    @Test
    void anExportIsTheExportersBytesWithTheFormatAndTheEditionsVersion() throws IOException {
        ExportedDocument document = documents.export(new ExportQuery(EditionDrafts.ID, "stamp", "en-GB"));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        FormatDescription format = documents.export(new ExportQuery(EditionDrafts.ID, "stamp", "en-GB"), streamed);

        assertThat(new String(document.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(EditionDrafts.ID + " 2027-02-01T08:00:00Z en-GB");
        assertThat(streamed.toByteArray()).isEqualTo(document.bytes());
        assertThat(document.format()).isEqualTo(format).isEqualTo(new FormatDescription("stamp", "text/plain", true,
                true));
        assertThat(document.version()).isEqualTo(1);
    }

    @Test
    void anUnknownFormatIsNamedWithTheKnownOnesInBothLanguagesAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> documents.export(new ExportQuery(EditionDrafts.ID, "pdf", null), out))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> {
                    assertThat(e.getMessage("en")).isEqualTo("unknown export format 'pdf'; formats: session-list, stamp");
                    assertThat(e.getMessage("fr"))
                            .isEqualTo("format d'export inconnu « pdf » ; formats : session-list, stamp");
                    assertThat(e.itemId()).isEqualTo("pdf");
                });
        assertThatThrownBy(() -> documents.read("pdf", ImportContext.named("x.pdf"), InputStream.nullInputStream()))
                .isInstanceOf(ItemNotFoundException.class).hasMessage("unknown import format 'pdf'; formats: fixed, stamp");
        assertThat(out.size()).isZero();
    }

    @Test
    void aBadQueryOrAnUnknownEditionIsRefusedBeforeAByteIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> documents.export(new ExportQuery("Not An Id", "stamp", "fr"), out))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("editionId"));
        assertThatThrownBy(() -> documents.export(new ExportQuery("nope", "stamp", "fr"), out))
                .isInstanceOf(EditionNotFoundException.class);
        assertThat(out.size()).isZero();
    }
}
