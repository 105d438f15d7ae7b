package org.digitalweek.event.domain.draft;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.CountryCode;
import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.NotBlankIfGiven;
import org.digitalweek.event.domain.validation.PlainText;

/**
 * A venue as input.
 *
 * @param id               the venue id
 * @param name             its name per language
 * @param shortName        its short name, if any
 * @param city             its city; absent (null) when not given, never blank
 * @param country          the ISO code of its country; absent (null) when not given
 * @param rooms            its rooms; may be absent
 * @param illustrativeNote present when the venue is illustrative
 */
public record VenueDraft(@NotNull @Identifier String id, @NotEmpty @Localized Map<String, String> name,
                         @PlainText String shortName, @NotBlankIfGiven @PlainText String city,
                         @CountryCode String country,
                         List<@NotNull @Valid RoomDraft> rooms, @Localized Map<String, String> illustrativeNote) {
}
