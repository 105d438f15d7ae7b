package org.digitalweek.event.domain.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.validation.CountryCode;
import org.digitalweek.event.domain.validation.FourDigitYear;
import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.NotBlankIfGiven;
import org.digitalweek.event.domain.validation.PlainText;
import org.digitalweek.event.domain.validation.TimeZoneId;

/**
 * A whole edition as input: what a plan command or an importer hands to the domain.
 *
 * @param id               the edition id
 * @param series           its series
 * @param number           its ordinal in the series
 * @param title            its title per language
 * @param theme            its theme
 * @param startDate        its first day; in the years 0001 to 9999, as the last
 * @param endDate          its last day; not before the first, and at most {@value BoundedLength#EDITION_DAYS}
 *                         days in all
 * @param timeZone         the IANA id of its time zone
 * @param hostCity         its host city; absent (null) when not given, never blank
 * @param hostCountry      the ISO code of its host country; absent (null) when not given
 * @param venues           its venues; may be absent
 * @param ministries       the public bodies it refers to; may be absent
 * @param participations   the participating ministries; may be absent
 * @param officials        the people of its programme; may be absent
 * @param sessions         its sessions, none longer than the edition; may be absent
 * @param status           its status; absent means draft
 * @param publishedAt      when it was last published, if ever
 * @param illustrativeNote present when edition-level facts are illustrative
 */
@EndsAfterStart
@BoundedLength
@ResolvableReferences
public record EditionDraft(@NotNull @Identifier String id, @NotNull @Valid SeriesDraft series,
                           @NotNull @Positive Integer number, @NotEmpty @Localized Map<String, String> title,
                           @NotNull @Valid ThemeDraft theme, @NotNull @FourDigitYear LocalDate startDate,
                           @NotNull @FourDigitYear LocalDate endDate,
                           @NotNull @TimeZoneId String timeZone, @NotBlankIfGiven @PlainText String hostCity,
                           @CountryCode String hostCountry, List<@NotNull @Valid VenueDraft> venues,
                           List<@NotNull @Valid MinistryDraft> ministries,
                           List<@NotNull @Valid ParticipationDraft> participations,
                           List<@NotNull @Valid OfficialDraft> officials, List<@NotNull @Valid SessionDraft> sessions,
                           EditionStatus status, Instant publishedAt,
                           @Localized Map<String, String> illustrativeNote) {

    /**
     * @param newMinistries the ministries
     * @param newParticipations the participations
     * @return this draft with those lists
     */
    public EditionDraft withParticipants(List<MinistryDraft> newMinistries,
                                         List<ParticipationDraft> newParticipations) {
        return new EditionDraft(id, series, number, title, theme, startDate, endDate, timeZone, hostCity, hostCountry,
                venues, newMinistries, newParticipations, officials, sessions, status, publishedAt, illustrativeNote);
    }

    /**
     * @param newId the edition id
     * @return this draft under that id
     */
    public EditionDraft withId(String newId) {
        return new EditionDraft(newId, series, number, title, theme, startDate, endDate, timeZone, hostCity, hostCountry,
                venues, ministries, participations, officials, sessions, status, publishedAt, illustrativeNote);
    }

    /**
     * @param newOfficials the officials
     * @return this draft with that list
     */
    public EditionDraft withOfficials(List<OfficialDraft> newOfficials) {
        return new EditionDraft(id, series, number, title, theme, startDate, endDate, timeZone, hostCity, hostCountry,
                venues, ministries, participations, newOfficials, sessions, status, publishedAt, illustrativeNote);
    }

    /**
     * @param newSessions the sessions
     * @return this draft with that list
     */
    public EditionDraft withSessions(List<SessionDraft> newSessions) {
        return new EditionDraft(id, series, number, title, theme, startDate, endDate, timeZone, hostCity, hostCountry,
                venues, ministries, participations, officials, newSessions, status, publishedAt, illustrativeNote);
    }
}
