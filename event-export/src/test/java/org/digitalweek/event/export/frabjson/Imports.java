package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.frab.FrabXmlExporter;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.SourceKeys;
import org.digitalweek.event.export.support.Specs;

/** Running the JSON schedule importers in tests: into a result, into a validated edition, or into a refusal. */
final class Imports {

    private Imports() {
    }

    static ImportResult read(Importer importer, byte[] document, ImportContext context) {
        try (InputStream in = new ByteArrayInputStream(document)) {
            return importer.read(in, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult read(Importer importer, String document, ImportContext context) {
        return read(importer, document.getBytes(StandardCharsets.UTF_8), context);
    }

    static ImportResult read(Importer importer, Path file, ImportContext context) {
        try {
            return read(importer, Files.readAllBytes(file), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the draft checked by the domain's validator and made an edition, as the import use case does */
    static PublicEdition edition(ImportResult result) {
        return Drafts.toEdition(Validators.inputValidator().check("import", result.edition()));
    }

    /** @return the refusal of a document, which must be one */
    static UnreadableDocumentException refusal(Importer importer, byte[] document, ImportContext context) {
        UnreadableDocumentException refusal = catchThrowableOfType(UnreadableDocumentException.class,
                () -> read(importer, document, context));
        assertThat(refusal).as("the document must be refused").isNotNull();
        return refusal;
    }

    static UnreadableDocumentException refusal(Importer importer, String document, ImportContext context) {
        return refusal(importer, document.getBytes(StandardCharsets.UTF_8), context);
    }

    /** @return every warning as place, then the English message */
    static List<String> warnings(ImportResult result) {
        return result.warnings().stream().map(Imports::describe).toList();
    }

    static String describe(ImportWarning warning) {
        return warning.place() + ": " + warning.messageEn();
    }

    /**
     * @return the XSD's complaints about the edition written as frab-xml, but for the guids and slugs its
     *         sources published; empty when valid
     */
    static List<String> frabXmlProblems(PublicEdition edition) {
        byte[] xml = Editions.export(new FrabXmlExporter(), edition, "fr");
        return Specs.xsdProblems(Specs.require("schedule.xml.xsd"), SourceKeys.withStandIns(xml, edition.sessions(), true));
    }
}
