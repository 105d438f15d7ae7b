package org.digitalweek.event.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * What an import does with the status and publication time a document states. An edition becomes
 * published only through {@code publish}, which refuses a programme with errors and freezes a
 * numbered release; a document saying {@code PUBLISHED} or {@code ARCHIVED} must not bypass that.
 * So a new edition is imported as a draft, a replaced one keeps the status it has in the store, and
 * the report says which status was not taken, as the repair it is.
 */
final class ImportedStatus {

    private ImportedStatus() {
    }

    /**
     * @param imported the edition as the document states it
     * @return the same as a draft never published, as a new edition is stored
     */
    static PublicEdition asDraft(PublicEdition imported) {
        return imported.toBuilder().status(EditionStatus.DRAFT).publishedAt(Optional.empty()).build();
    }

    /**
     * @param read     what the importer read, with its repairs
     * @param imported the edition as the document states it
     * @param result   the edition as stored, or as it would be in a dry run
     * @param created  whether the import creates the edition, rather than replace a stored one
     * @return the same, with one more repair when the document's status or publication time was not taken
     */
    static ImportResult noted(ImportResult read, PublicEdition imported, PublicEdition result, boolean created) {
        boolean statusDropped = imported.status() != EditionStatus.DRAFT && imported.status() != result.status();
        boolean timeDropped = imported.publishedAt().isPresent()
                && !imported.publishedAt().equals(result.publishedAt());
        if (!statusDropped && !timeDropped) {
            return read;
        }
        String statedFr = described(imported, "fr");
        String statedEn = described(imported, "en");
        String fr = "le document indique " + statedFr + " ; l'édition "
                + (created ? "est importée comme brouillon" : "reste " + described(result, "fr") + ", son statut enregistré")
                + " : seule la commande publish publie une édition, après contrôle de son programme, en figeant"
                + " une publication numérotée";
        String en = "the document says " + statedEn + "; the edition "
                + (created ? "is imported as a draft" : "stays " + described(result, "en") + ", its stored status")
                + ": only publish publishes an edition, once its programme passes the checks, freezing a numbered"
                + " release";
        List<ImportWarning> warnings = new ArrayList<>(read.warnings());
        warnings.add(new ImportWarning(DocumentPlace.same("status"), fr, en));
        return new ImportResult(read.edition(), warnings, read.sessionPlaces());
    }

    private static String described(PublicEdition edition, String language) {
        return edition.status().displayName(language) + edition.publishedAt().map(time -> " (" + time + ")").orElse("");
    }
}
