package org.digitalweek.event.domain.diff;

import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.OfficialId;

/**
 * Renders a {@link ProgrammeDiff} as plain text for people: one line per change, each ending with
 * {@code \n}; session changes first, then edition-level changes, in the diff's order. Things are
 * named as a person knows them, in the reader's language, never by id when the diff knows a name
 * ({@link ProgrammeDiff#names()}): sessions by their title (and their id, which the session commands
 * take), rooms, tracks, ministries by name, session types and statuses in words, people by
 * honorific and name ({@link ProgrammeDiff#nameOf}), changed components in words. An item renamed
 * between the two sides shows both names; an item on one side only, that side's name. Times are
 * {@code yyyy-MM-dd HH:mm}; quotation marks are « x » in French, 'x' in English. A person whose own
 * record changed shows under each of their sessions, e.g.
 * {@code ~ Participants changed: 'Opening' (opening): changed Jane Doe → Jane Q. Doe}.
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
        diff.editionChanges().forEach(change -> text.append(line(change, labels, language, diff)).append('\n'));
        return text.toString();
    }

    /** @return e.g. {@code ~ Salle « Salle de formation » modifiée : capacité}, {@code ~ Official 'Jane Q. Doe' changed: name} */
    private static String line(EditionChange change, DiffWords labels, ReaderLanguage language, ProgrammeDiff diff) {
        String sign = switch (change.kind()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
        String line = sign + " " + labels.noun(change.part()) + " " + item(change, labels, language, diff) + " "
                + labels.participle(change.part(), change.kind());
        return change.fields().isEmpty() ? line
                : line + labels.colon() + FieldWords.all(change.fields(), labels.french());
    }

    /**
     * @return the item's quoted name: the later side's, the earlier side's for a removed item, both
     *         ({@code « A » → « B »}) when it was renamed; its quoted id when the diff knows no name
     */
    private static String item(EditionChange change, DiffWords labels, ReaderLanguage language, ProgrammeDiff diff) {
        ItemNames names = diff.names();
        Optional<String> before = names.before(change.part(), change.id()).flatMap(n -> readable(n, language));
        Optional<String> after = names.after(change.part(), change.id()).flatMap(n -> readable(n, language));
        if (change.kind() == EditionChange.Kind.CHANGED && before.isPresent() && after.isPresent()
                && !before.equals(after)) {
            return labels.quote(before.get()) + " → " + labels.quote(after.get());
        }
        Optional<String> name = change.kind() == EditionChange.Kind.REMOVED ? before.or(() -> after)
                : after.or(() -> before);
        if (name.isEmpty() && change.part() == EditionChange.Part.OFFICIAL) {
            OfficialId id = new OfficialId(change.id());
            if (diff.people().containsKey(id)) {
                name = Optional.of(diff.nameOf(id));
            }
        }
        return name.map(labels::quote).orElseGet(() -> labels.quoteId(change.id()));
    }

    /** @return the name in the reader's language, if it says anything */
    static Optional<String> readable(LocalizedText name, ReaderLanguage language) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String text = name.resolve(language);
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
