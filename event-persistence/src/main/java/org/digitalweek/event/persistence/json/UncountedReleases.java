package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.model.EditionId;

/**
 * Release files that an edition file does not count: left by an older copy of the edition file
 * restored from git or a backup, by a publication cut short after its release file, or by a deletion
 * cut short. A release file that exists is never overwritten, because someone may hold the programme
 * it froze under its number; so a publication that would write over one is refused, unless the file
 * already holds exactly the bytes it would write (the same publication, retried).
 */
final class UncountedReleases {

    private UncountedReleases() {
    }

    /**
     * Holding the store's lock, before a publication writes release {@code count + 1}.
     *
     * @param layout  the store's layout
     * @param id      the edition
     * @param count   the releases its edition file counts
     * @param content the bytes of the release file about to be written
     * @return whether that file exists already with exactly these bytes, so that it need not be written
     * @throws ForbiddenChangeException when a release file numbered above {@code count} exists otherwise
     * @throws IOException              when the releases folder cannot be read
     */
    static boolean alreadyWritten(StoreLayout layout, EditionId id, int count, byte[] content) throws IOException {
        List<Integer> beyond = beyond(layout.releasesFolder(id), count);
        if (beyond.isEmpty()) {
            return false;
        }
        if (beyond.equals(List.of(count + 1))
                && Arrays.equals(Files.readAllBytes(layout.releaseFile(id, count + 1)), content)) {
            return true;
        }
        throw refusal(layout, id, count, beyond);
    }

    private static List<Integer> beyond(Path releases, int count) throws IOException {
        List<Integer> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(releases)) {
            for (Path file : files) {
                OptionalInt number = StoreLayout.releaseOf(file.getFileName().toString());
                if (number.isPresent() && number.getAsInt() > count && Files.isRegularFile(file)) {
                    found.add(number.getAsInt());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    private static ForbiddenChangeException refusal(StoreLayout layout, EditionId id, int count, List<Integer> beyond) {
        String files = beyond.stream().map(n -> n + StoreLayout.EDITION_SUFFIX).collect(Collectors.joining(", "));
        Path folder = layout.releasesFolder(id);
        return new ForbiddenChangeException(id.value(),
                "publication refusée : " + folder + " contient " + files + " alors que " + layout.editionFile(id)
                        + " compte " + count + " publication" + (count > 1 ? "s" : "") + " (une copie plus ancienne"
                        + " du fichier de l'édition a été restaurée, ou une publication ou une suppression a été"
                        + " interrompue) ; une publication enregistrée n'est jamais réécrite : remettez le fichier"
                        + " de l'édition qui les compte, ou, si elles n'ont jamais été diffusées, déplacez ces"
                        + " fichiers hors du magasin, puis publiez à nouveau",
                "publication refused: " + folder + " holds " + files + " although " + layout.editionFile(id)
                        + " counts " + count + " release" + (count == 1 ? "" : "s") + " (an older copy of the"
                        + " edition file was restored, or a publication or a deletion was cut short); a stored"
                        + " release is never overwritten: put back the edition file that counts them or, if they"
                        + " were never shown to anyone, move those files out of the store, then publish again");
    }
}
