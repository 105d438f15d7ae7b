package org.digitalweek.event.persistence.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.service.StoreCatalogue;

/**
 * The process that {@link KilledWriterIT} kills: it saves one edition over and over, publishing a
 * release every fifth write, and says on its standard output which version each write committed.
 * Version {@code v} always has the title {@code Révision v}, so a reader can tell that what it
 * finds is whole.
 */
public final class CrashingWriter {

    /** The edition it writes. */
    static final EditionId ID = new EditionId(EditionDrafts.ID);

    private CrashingWriter() {
    }

    /**
     * @param args the store URI
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Editions store = StoreCatalogue.discover(CrashingWriter.class.getClassLoader()).open(args[0])) {
            Edition current = store.load(ID).orElseGet(() -> store.save(titled(Edition.of(
                    Drafts.toEdition(EditionDrafts.week())), 1), 0));
            out.println("committed " + current.version());
            while (true) {
                long next = current.version() + 1;
                Edition edition = titled(current, next);
                int releases = store.releases(ID).size();
                if (next % 5 == 0) {
                    Edition frozen = edition.withPublicView(edition.publicView().toBuilder()
                            .status(EditionStatus.PUBLISHED).version(next).build());
                    current = store.publish(frozen, current.version(), new Release(ID, releases + 1,
                            "r" + (releases + 1), Instant.ofEpochSecond(next), frozen.publicView()));
                } else {
                    current = store.save(edition, current.version());
                }
                out.println("committed " + current.version());
            }
        }
    }

    /** The content of version {@code version}. */
    static Edition titled(Edition edition, long version) {
        return edition.withPublicView(edition.publicView().toBuilder()
                .title(new LocalizedText(Map.of("fr", "Révision " + version))).build());
    }

    /** @return whether the edition holds the content written at its version */
    static boolean isWhole(Edition edition) {
        return edition.publicView().title().resolve("fr").equals("Révision " + edition.version());
    }
}
