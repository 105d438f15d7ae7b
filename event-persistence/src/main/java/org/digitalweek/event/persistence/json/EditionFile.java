package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The whole of an edition file, {@code <editionId>.json}: the format's name and version first,
 * then the count of committed releases, the public content and the internal records.
 */
record EditionFile(String format, Integer formatVersion, Integer releaseCount, EditionDocument edition,
                   InternalDocument internal) implements StoreFile {

    /** The value of {@code format} in an edition file. */
    static final String FORMAT = "digitalweek-store";

    static EditionFile of(StoredEdition stored) {
        return new EditionFile(FORMAT, Migrations.CURRENT, stored.releaseCount(),
                EditionDocument.of(stored.edition().publicView()), InternalDocument.of(stored.edition().internal()));
    }

    StoredEdition toModel() {
        if (releaseCount < 0) {
            throw new DocumentProblem("/releaseCount", "valeur erronée : attendu 0 ou plus, trouvé " + releaseCount,
                    "wrong value: expected 0 or more, found " + releaseCount);
        }
        PublicEdition publicView = edition.toModel("/edition");
        InternalRecords records = internal.toModel(PrivateRecords.POINTER);
        return new StoredEdition(at(PrivateRecords.POINTER, () -> new Edition(publicView, records)), releaseCount);
    }
}
