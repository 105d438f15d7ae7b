package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.instant;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;

/**
 * The whole of a release file, {@code <editionId>.releases/<number>.json}: the format's name and
 * version, the release's number, label and time, and the programme as it was published. Written
 * once and never rewritten, so it keeps the format version it was written in.
 */
record ReleaseFile(String format, Integer formatVersion, String edition, Integer number, String label,
                   String publishedAt, EditionDocument programme) implements StoreFile {

    /** The value of {@code format} in a release file. */
    static final String FORMAT = "digitalweek-store-release";

    static ReleaseFile of(Release r) {
        return new ReleaseFile(FORMAT, Migrations.CURRENT, r.edition().value(), r.number(), r.label(),
                Conversions.instant(r.publishedAt()), EditionDocument.of(r.programme()));
    }

    Release toModel() {
        PublicEdition published = programme.toModel("/programme");
        return at("", () -> new Release(new EditionId(edition), number, label, instant(publishedAt, "/publishedAt"),
                published));
    }
}
