package org.digitalweek.event.persistence.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.GeneratedProgrammes;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;

/**
 * The database client that {@link KilledPostgresClientIT} kills in the middle of a transaction: it
 * saves a large edition (400 sessions, every one of them different from one version to the next,
 * so that each save rewrites every session's row and its transaction lasts long enough to be
 * caught, although a store writes only the rows that changed) over and over, and says on its
 * standard output which version each save committed. Version {@code v} is {@link #content(long)},
 * so a reader can check that what it finds is whole.
 */
public final class KilledClient {

    /** The large edition, at no version; the same in every JVM, as it is made from a seed. */
    private static final Edition LARGE = Edition.of(GeneratedProgrammes.federated(400));
    /** The edition it writes. */
    static final EditionId ID = LARGE.id();

    private KilledClient() {
    }

    /**
     * @param args the store URI
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Editions store = StoreCatalogue.discover(KilledClient.class.getClassLoader()).open(args[0])) {
            long version = store.load(ID).map(Edition::version).orElse(0L);
            out.println("found " + version);
            while (true) {
                version = store.save(content(version + 1), version).version();
                out.println("committed " + version);
            }
        }
    }

    /**
     * @param version a version
     * @return what is saved as that version: the large edition titled {@code Révision v}, at no version,
     *         its sessions five minutes later in odd versions than in even ones
     */
    static Edition content(long version) {
        Edition titled = CrashingWriter.titled(LARGE, version);
        int minutes = (int) (version % 2) * 5;
        PublicEdition view = titled.publicView();
        List<Session> sessions = new ArrayList<>(view.sessions().size());
        for (Session s : view.sessions()) {
            sessions.add(s.movedTo(new TimeSlot(s.slot().start().plusMinutes(minutes),
                    s.slot().end().plusMinutes(minutes)), s.room()));
        }
        return titled.withPublicView(view.toBuilder().sessions(sessions).build());
    }
}
