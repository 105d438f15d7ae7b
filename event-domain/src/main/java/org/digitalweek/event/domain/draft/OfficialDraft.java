package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.PlainText;

/**
 * A person of the programme as input.
 *
 * @param id               the official id
 * @param fullName         the name, accents kept
 * @param honorific        the form of address, if any
 * @param postTitle        the post per language, if any
 * @param ministry         the id of the body they serve, if any
 * @param precedence       the protocol rank (1 highest), if they have one
 * @param illustrativeNote present when the person is illustrative
 */
public record OfficialDraft(@NotNull @Identifier String id, @NotBlank @PlainText String fullName,
                            @PlainText String honorific,
                            @Localized Map<String, String> postTitle, @Identifier String ministry,
                            @Positive Integer precedence, @Localized Map<String, String> illustrativeNote) {
}
