package org.digitalweek.event.domain.port.in;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;

import org.digitalweek.event.domain.validation.CountryCode;
import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.TimeZoneId;

/**
 * Clone an edition. Absent values are taken from the source edition.
 *
 * @param sourceEditionId the edition to start from
 * @param newEditionId    the new edition's id
 * @param start           about when it starts: the nearest day on the source's first weekday is taken
 * @param number          its number in the series; absent means the source's plus one
 * @param title           its title per language
 * @param hostCountry     the ISO 3166 code of its host country
 * @param hostCity        its host city
 * @param timeZone        the IANA time zone of its session times, e.g. {@code Africa/Niamey}
 */
public record CloneEditionCommand(@NotNull @Identifier String sourceEditionId,
                                  @NotNull @Identifier String newEditionId, @NotNull LocalDate start,
                                  @Positive Integer number, @Localized Map<String, String> title,
                                  @CountryCode String hostCountry, @Pattern(regexp = "(?s).*\\S.*") String hostCity,
                                  @TimeZoneId String timeZone) {

    /**
     * @param sourceEditionId the edition to start from
     * @param newEditionId    the new edition's id
     * @param start           about when it starts
     * @return the command for next year's edition, in the same place
     */
    public static CloneEditionCommand nextEdition(String sourceEditionId, String newEditionId, LocalDate start) {
        return new CloneEditionCommand(sourceEditionId, newEditionId, start, null, null, null, null, null);
    }
}
