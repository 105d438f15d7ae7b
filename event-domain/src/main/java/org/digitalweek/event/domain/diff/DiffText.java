package org.digitalweek.event.domain.diff;

import java.util.Objects;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.OfficialId;

/**
 * Renders a {@link ProgrammeDiff} as plain text for people: one line per change, each ending with
 * {@code \n}; session changes first, then edition-level changes, in the diff's order. Sessions are
 * named by their title in the wanted language and their id, times as {@code yyyy-MM-dd HH:mm},
 * rooms by id, people by name ({@link ProgrammeDiff#nameOf}; an official's own line adds the id).
 * A person whose own record changed shows under each of their sessions, e.g.
 * {@code ~ Participants changed: "Opening" (opening): changed Jane Doe → Jane Q. Doe}.
 */
public final class DiffText {

    private DiffText() {
    }

    /**
     * @param diff     the diff
     * @param language the BCP 47 tag asked for, read as {@link ReaderLanguage#of(String)} decides
     * @return the text; {@code Aucun changement.} or {@code No changes.} for an empty diff
     */
    public static String render(ProgrammeDiff diff, String language) {
        Objects.requireNonNull(language, "'language' must not be null");
        return render(diff, ReaderLanguage.of(language));
    }

    /**
     * @param diff     the diff
     * @param language the reader's language: the words' language, and the one session titles are resolved in
     * @return the text; {@code Aucun changement.} or {@code No changes.} for an empty diff
     */
    public static String render(ProgrammeDiff diff, ReaderLanguage language) {
        Objects.requireNonNull(diff, "'diff' must not be null");
        Objects.requireNonNull(language, "'language' must not be null");
        DiffWords labels = DiffWords.of(language);
        if (diff.isEmpty()) {
            return labels.noChanges() + "\n";
        }
        StringBuilder text = new StringBuilder();
        SessionLines sessions = new SessionLines(labels, language, diff);
        diff.sessionChanges().forEach(change -> text.append(sessions.line(change)).append('\n'));
        diff.editionChanges().forEach(change -> text.append(line(change, labels, diff)).append('\n'));
        return text.toString();
    }

    /** @return e.g. {@code ~ Room 'hall' changed: capacity}, {@code ~ Official "Jane Q. Doe" (4690) changed: fullName} */
    private static String line(EditionChange change, DiffWords labels, ProgrammeDiff diff) {
        String sign = switch (change.kind()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
        String line = sign + " " + labels.noun(change.part()) + " " + item(change, labels, diff) + " "
                + labels.participle(change.part(), change.kind());
        return change.fields().isEmpty() ? line : line + labels.colon() + String.join(", ", change.fields());
    }

    /** @return the item's quoted id; a person's quoted name and id, when the diff knows the name */
    private static String item(EditionChange change, DiffWords labels, ProgrammeDiff diff) {
        if (change.part() == EditionChange.Part.OFFICIAL) {
            OfficialId id = new OfficialId(change.id());
            if (diff.people().containsKey(id)) {
                return labels.quote(diff.nameOf(id)) + " (" + id.value() + ")";
            }
        }
        return labels.quoteId(change.id());
    }
}
