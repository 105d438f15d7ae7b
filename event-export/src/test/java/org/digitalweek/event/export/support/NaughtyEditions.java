package org.digitalweek.event.export.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The sample edition with one more session per string of the Big List of Naughty Strings
 * ({@code ../shared/corpus/naughty/blns.json}) as its title and abstract, in French and English.
 * Strings the input validation refuses (blank ones, for a title) are left out, as a user's would
 * be. Skipped with the reason when the list is absent; failing when {@code CI=true}.
 */
public final class NaughtyEditions {

    private static final Path LIST = Path.of("..", "..", "shared", "corpus", "naughty", "blns.json");

    private NaughtyEditions() {
    }

    /** @return the strings of the list */
    public static List<String> strings() {
        Path path = LIST.toAbsolutePath().normalize();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(path).as("CI=true but the naughty strings are missing").exists();
        }
        assumeTrue(Files.exists(path), "the naughty strings are not here (" + path + "): ../shared is only on CI "
                + "and developers' machines");
        try {
            return JsonMapper.builder().build().readValue(path.toFile(), new TypeReference<List<String>>() { });
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** @return the sample edition with a naughty session per string the validation accepts */
    public static PublicEdition edition() {
        EditionDraft sample = Drafts.fromEdition(Editions.sample());
        SessionDraft template = sample.sessions().get(1);
        List<SessionDraft> sessions = new ArrayList<>(sample.sessions());
        int n = 0;
        for (String naughty : strings()) {
            SessionDraft candidate = new SessionDraft("naughty-" + n++, template.type(),
                    Map.of("fr", naughty, "en", naughty), Map.of("fr", naughty), template.track(), template.slot(),
                    template.room(), List.of(), List.of("fr"), null, null, List.of(), null, null, null);
            if (Validators.inputValidator().violations(sample.withSessions(List.of(candidate))).isEmpty()) {
                sessions.add(candidate);
            }
        }
        return Drafts.toEdition(Validators.inputValidator().check("naughty edition", sample.withSessions(sessions)));
    }
}
