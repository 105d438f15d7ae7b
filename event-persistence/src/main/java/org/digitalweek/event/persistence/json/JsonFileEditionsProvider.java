package org.digitalweek.event.persistence.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.EditionsProvider;

/**
 * Opens {@code file:PATH}: a {@link JsonFileEditions} store in a folder, created if missing. The
 * path is either written as is, relative to the working directory or absolute
 * ({@code file:programme}, {@code file:/home/equipe/programme}, {@code file:C:\programme}), or as a
 * {@code file://} URI, with its percent-escapes ({@code file:///home/equipe/mon%20programme}).
 */
public final class JsonFileEditionsProvider implements EditionsProvider {

    private static final String SCHEME = "file:";
    private static final String FORM = "file:PATH";

    /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
    public JsonFileEditionsProvider() {
        // Nothing to set up: each open reads its own URI.
    }

    @Override
    public String uriForm() {
        return FORM;
    }

    @Override
    public boolean accepts(String uri) {
        return uri.startsWith(SCHEME);
    }

    @Override
    public Editions open(String uri) {
        return JsonFileEditions.open(folder(uri));
    }

    /**
     * @param uri a {@code file:} URI
     * @return the folder it names
     * @throws StoreUriException when it names none
     */
    static Path folder(String uri) {
        String path = uri.substring(SCHEME.length());
        if (path.isBlank()) {
            throw refused(uri, "il manque le chemin du dossier après « file: »",
                    "the folder's path is missing after 'file:'");
        }
        try {
            return path.startsWith("//") ? Path.of(new URI(uri)) : Path.of(path);
        } catch (InvalidPathException e) {
            throw refused(uri, "ce n'est pas un chemin valide ici (" + e.getMessage() + ")",
                    "not a valid path here (" + e.getMessage() + ")");
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw refused(uri, "ce n'est pas une URI de fichier locale valide (" + e.getMessage() + ")",
                    "not a valid URI of a local file (" + e.getMessage() + ")");
        }
    }

    private static StoreUriException refused(String uri, String ruleFr, String ruleEn) {
        return new StoreUriException(uri, ruleFr, ruleEn, List.of(FORM));
    }
}
