package org.digitalweek.event.domain.reuse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * Starts a new edition from an existing one: next year's edition of a series, or a sister edition in
 * another country and time zone. Stateless; every method is a pure function.
 *
 * <p>The rules:
 * <ul>
 * <li><b>Weekdays are kept.</b> The clone's first day is the day nearest to the requested start that
 *     falls on the same weekday as the source's first day, between 3 days before and 3 days after the
 *     request (see {@link #alignedStart}). Every date (the edition's days, each session's start and
 *     end) moves by that same whole number of days with {@code plusDays}, so local wall-clock times
 *     are kept, even when the time zone changes: an opening at 09:00 in Bamako opens at 09:00 in
 *     Niamey.</li>
 * <li><b>The clone is a new draft:</b> id from the request (it must differ from the source's), status
 *     {@code DRAFT}, version 0, never published. Number, title, host country, city and zone are the
 *     request's, else the source's (the number the source's plus one).</li>
 * <li><b>A title does not keep the source's number:</b> without a title in the request, each ordinal
 *     of the source's title that states the source's number is rewritten from the clone's number, in
 *     its own style and language ({@code 3ème édition} → {@code 4ème édition}, {@code 3rd} →
 *     {@code 4th}, {@code Third} → {@code Fourth}: {@link TitleOrdinals}); sessions' titles likewise
 *     where they name the edition ({@code de la 3ème édition}). Whether a title still names the
 *     source's country or city is the use case's to refuse ({@link TitlePlaces}).</li>
 * <li><b>Carried as they are:</b> series, theme and tracks, ministries and their participations,
 *     officials (a directory of people who may be invited again) and the edition's provenance.</li>
 * <li><b>Venues and rooms</b> are kept; when the host changes they become illustrative templates
 *     whose note says where they come from and that a venue in the new city is to be found.</li>
 * <li><b>Sessions become templates:</b> people's confirmations do not carry over, so participants and
 *     statements are dropped and the status is {@code TENTATIVE}; cancelled sessions are left out.
 *     Each keeps its id and records its origin; everything else is kept.</li>
 * <li><b>Internal records are not carried:</b> protocol files hold personal contact data gathered for
 *     one edition's protocol work; copying them would spread that data beyond its purpose, so the
 *     clone starts with {@link InternalRecords#NONE}.</li>
 * </ul>
 */
public final class EditionCloner {

    private EditionCloner() {
    }

    /**
     * @param source  the edition to start from; left unchanged
     * @param request the new id and start, and what else to change
     * @return the new draft edition, with no internal records
     * @throws InvariantViolationException when the new id is the source's, or the result breaks an
     *                                     invariant of the edition
     */
    public static Edition cloneEdition(Edition source, CloneRequest request) {
        Objects.requireNonNull(source, "'source' must not be null");
        Objects.requireNonNull(request, "'request' must not be null");
        PublicEdition from = source.publicView();
        if (request.newId().equals(from.id())) {
            throw new InvariantViolationException("CloneRequest",
                    "the new id '" + request.newId() + "' must differ from the source edition's id");
        }
        return new Edition(cloned(from, request), InternalRecords.NONE);
    }

    private static PublicEdition cloned(PublicEdition from, CloneRequest request) {
        long shift = dayShift(from.dates().start(), request.start());
        int number = request.number().orElse(from.number() + 1);
        Optional<String> city = request.hostCity().or(from::hostCity);
        Optional<Country> country = request.hostCountry().or(from::hostCountry);
        return from.toBuilder()
                .id(request.newId())
                .number(number)
                .title(request.title().orElse(TitleOrdinals.renumbered(from.title(), from.number(), number)))
                .dates(new DateRange(from.dates().start().plusDays(shift), from.dates().end().plusDays(shift)))
                .zone(request.zone().orElse(from.zone()))
                .host(city, country)
                .venues(Templates.venues(from, city, country))
                .sessions(Templates.sessions(from, shift, number))
                .status(EditionStatus.DRAFT)
                .version(0)
                .publishedAt(Optional.empty())
                .build();
    }

    /**
     * The number of days every date of a clone moves by, so a caller can tell the user where the
     * edition landed.
     *
     * @param sourceStart the source edition's first day
     * @param requested   the wished first day of the clone
     * @return the days from {@code sourceStart} to {@link #alignedStart(LocalDate, LocalDate)}; a
     *         multiple of 7, negative when the clone comes earlier
     */
    public static long dayShift(LocalDate sourceStart, LocalDate requested) {
        return ChronoUnit.DAYS.between(sourceStart, alignedStart(sourceStart, requested));
    }

    /**
     * The clone's first day: the day nearest to {@code requested} on the same weekday as
     * {@code sourceStart}; at most 3 days before or after {@code requested}, so never a tie.
     *
     * @param sourceStart the source edition's first day
     * @param requested   the wished first day of the clone
     * @return the first day the clone will have
     */
    public static LocalDate alignedStart(LocalDate sourceStart, LocalDate requested) {
        Objects.requireNonNull(sourceStart, "'sourceStart' must not be null");
        Objects.requireNonNull(requested, "'requested' must not be null");
        int past = Math.floorMod(requested.getDayOfWeek().getValue() - sourceStart.getDayOfWeek().getValue(), 7);
        return past <= 3 ? requested.minusDays(past) : requested.plusDays(7L - past);
    }
}
