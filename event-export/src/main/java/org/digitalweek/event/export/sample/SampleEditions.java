package org.digitalweek.event.export.sample;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.json.CanonicalJsonImporter;

/**
 * The editions bundled with the library, as canonical JSON resources. The 3rd Semaine du Numérique
 * au Mali ({@value #SEMAINE_DU_NUMERIQUE_2026}) holds the facts of the press report of its opening;
 * every item the report does not give is marked illustrative, with a note saying what is invented.
 */
public final class SampleEditions {

    /** The id of the 3rd Semaine du Numérique au Mali, opened in Bamako on 29 January 2026. */
    public static final String SEMAINE_DU_NUMERIQUE_2026 = "snm-2026";

    private SampleEditions() {
    }

    /** @return the ids of the bundled editions */
    public static List<String> ids() {
        return List.of(SEMAINE_DU_NUMERIQUE_2026);
    }

    /**
     * @param id      a bundled edition's id
     * @param context the name to give the source in messages
     * @return the edition as read, to be validated and planned like any import
     * @throws EditionNotFoundException when no edition with that id is bundled
     * @throws IOException when the resource cannot be read
     */
    public static ImportResult read(String id, ImportContext context) throws IOException {
        if (!ids().contains(id)) {
            throw new EditionNotFoundException(id);
        }
        try (InputStream in = SampleEditions.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new IOException("the bundled resource " + id + ".json is missing from the jar");
            }
            return new CanonicalJsonImporter().read(in, context);
        }
    }
}
