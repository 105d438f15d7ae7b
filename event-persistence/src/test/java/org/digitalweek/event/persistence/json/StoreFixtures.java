package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.model.Session;

/** Editions, edits and file helpers shared by the tests of the JSON-file store. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    /** @return the test week: four sessions, no internal records, never stored */
    static Edition week() {
        return Edition.of(Drafts.toEdition(EditionDrafts.week()));
    }

    /**
     * @param edition an edition
     * @param index   the position of one of its sessions
     * @param change  what to do to that session
     * @return the edition with that session changed in place, everything else as it was
     */
    static Edition changingSession(Edition edition, int index, UnaryOperator<Session> change) {
        List<Session> sessions = new ArrayList<>(edition.publicView().sessions());
        sessions.set(index, change.apply(sessions.get(index)));
        return edition.withPublicView(edition.publicView().toBuilder().sessions(sessions).build());
    }

    static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every file under the folder, as paths relative to it, sorted */
    static List<String> filesUnder(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
