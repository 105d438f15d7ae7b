package org.digitalweek.event.export.jsonld;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.SeriesId;

/**
 * The {@code @id} of every node: a URN built from the model's stable ids, so that the same thing
 * keeps the same IRI across exports and releases without the project owning a web domain.
 * {@code urn:digitalweek:series:snm} names a series, {@code urn:digitalweek:snm-2026} an edition
 * and {@code urn:digitalweek:snm-2026:session:ceremonie-de-lancement} a thing of that edition
 * (kinds {@code session}, {@code venue}, {@code room}, {@code track}, {@code ministry},
 * {@code person}). Model ids only hold {@code A-Z a-z 0-9 . _ : -}, all allowed in a URN as they are.
 */
final class Iris {

    private static final String PREFIX = "urn:digitalweek:";

    private final String edition;

    Iris(EditionId edition) {
        this.edition = PREFIX + edition.value();
    }

    static String series(SeriesId id) {
        return PREFIX + "series:" + id.value();
    }

    String edition() {
        return edition;
    }

    String of(String kind, Object id) {
        return edition + ":" + kind + ":" + id;
    }
}
