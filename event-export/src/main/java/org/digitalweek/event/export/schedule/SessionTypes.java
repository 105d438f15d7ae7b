package org.digitalweek.event.export.schedule;

import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.SessionType;

/**
 * The model's kind of item for the type words schedules use. The words this project's exporters
 * write ({@code opening-ceremony}, {@code keynote}, …) come back as they went out; frab's and
 * pretalx's usual words are known too ({@code lecture} and {@code talk} are {@code OTHER}: the model
 * has no plain talk). A word is matched whole first, then by its first known word, so that pretalx's
 * {@code Talk 30 min + 10min Q&A} is a talk. Public for the exporters, which write a session's source
 * word back only when it reads as the session's kind.
 */
public final class SessionTypes {

    private static final Map<String, SessionType> WORDS = Map.ofEntries(
            Map.entry("opening-ceremony", SessionType.OPENING_CEREMONY),
            Map.entry("opening", SessionType.OPENING_CEREMONY),
            Map.entry("ceremonie-d-ouverture", SessionType.OPENING_CEREMONY),
            Map.entry("closing-ceremony", SessionType.CLOSING_CEREMONY),
            Map.entry("closing", SessionType.CLOSING_CEREMONY),
            Map.entry("ceremonie-de-cloture", SessionType.CLOSING_CEREMONY),
            Map.entry("keynote", SessionType.KEYNOTE),
            Map.entry("panel", SessionType.PANEL),
            Map.entry("podium", SessionType.PANEL),
            Map.entry("panel-discussion", SessionType.PANEL),
            Map.entry("discussion", SessionType.PANEL),
            Map.entry("masterclass", SessionType.MASTERCLASS),
            Map.entry("training", SessionType.TRAINING),
            Map.entry("formation", SessionType.TRAINING),
            Map.entry("tutorial", SessionType.TRAINING),
            Map.entry("hands-on", SessionType.TRAINING),
            Map.entry("workshop", SessionType.WORKSHOP),
            Map.entry("atelier", SessionType.WORKSHOP),
            Map.entry("exhibition", SessionType.EXHIBITION),
            Map.entry("exposition", SessionType.EXHIBITION),
            Map.entry("break", SessionType.BREAK),
            Map.entry("pause", SessionType.BREAK),
            Map.entry("lunch", SessionType.BREAK),
            Map.entry("other", SessionType.OTHER),
            Map.entry("meta", SessionType.OTHER),
            Map.entry("lecture", SessionType.OTHER),
            Map.entry("talk", SessionType.OTHER),
            Map.entry("lightning-talk", SessionType.OTHER),
            Map.entry("lightningtalk", SessionType.OTHER),
            Map.entry("bof", SessionType.OTHER),
            Map.entry("meeting", SessionType.OTHER),
            Map.entry("concert", SessionType.OTHER),
            Map.entry("film", SessionType.OTHER),
            Map.entry("performance", SessionType.OTHER),
            Map.entry("djset", SessionType.OTHER));

    private SessionTypes() {
    }

    /**
     * @param word a type as a schedule writes it
     * @return the kind an import gives it: the known kind, else {@link SessionType#OTHER}; an exporter
     *         writes a session's source word only when it still reads as the session's kind
     */
    public static SessionType readAs(String word) {
        return of(word).orElse(SessionType.OTHER);
    }

    /**
     * @param word a type as a schedule writes it
     * @return whether the word, whole, names a kind: {@code lecture} does, {@code BoF (45 minutes)} does not
     *         (its first word {@code bof} gives {@link SessionType#OTHER}, but not by the word as written)
     */
    static boolean namesWhole(String word) {
        return WORDS.containsKey(IdSlugs.slug(word, ""));
    }

    /**
     * @param word a type as a schedule writes it
     * @return the model's kind, if the word is known
     */
    static Optional<SessionType> of(String word) {
        String key = IdSlugs.slug(word, "");
        SessionType whole = WORDS.get(key);
        if (whole != null) {
            return Optional.of(whole);
        }
        for (String part : key.split("-")) {
            SessionType first = WORDS.get(part);
            if (first != null) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }
}
