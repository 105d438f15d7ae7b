package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.LanguageTag;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.PlainText;

/**
 * A quotation as input.
 *
 * @param speaker          the id of the official who said it
 * @param text             the words
 * @param language         the language they were said in
 * @param illustrativeNote present when the statement is illustrative
 */
public record StatementDraft(@NotNull @Identifier String speaker, @NotBlank @PlainText String text,
                             @NotNull @LanguageTag String language, @Localized Map<String, String> illustrativeNote) {
}
