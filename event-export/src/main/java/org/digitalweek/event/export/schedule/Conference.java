package org.digitalweek.event.export.schedule;

import java.time.LocalDate;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * What a schedule says about its event as a whole; any part may be absent (null).
 *
 * @param acronym  the short name, e.g. {@code 31c3}: the edition id is made from it
 * @param title    the name, e.g. {@code 31. Chaos Communication Congress}
 * @param subtitle a motto, if any: the theme
 * @param start    the first day
 * @param end      the last day
 * @param timeZone the IANA time zone name
 * @param city     the host city
 * @param venue    the name of the venue
 * @param language the BCP 47 tag of texts that say no language
 * @param place    where the conference is described, for messages
 * @param baseUrl  the address that the entries' relative addresses are relative to (frab's
 *                 {@code base_url}), if any
 */
public record Conference(String acronym, String title, String subtitle, LocalDate start, LocalDate end,
                         String timeZone, String city, String venue, String language, DocumentPlace place,
                         String baseUrl) {

    /**
     * A conference with no base address; the parameters are the record's.
     *
     * @param acronym  the short name
     * @param title    the name
     * @param subtitle a motto, if any
     * @param start    the first day
     * @param end      the last day
     * @param timeZone the IANA time zone name
     * @param city     the host city
     * @param venue    the name of the venue
     * @param language the BCP 47 tag of texts that say no language
     * @param place    where the conference is described, for messages
     */
    public Conference(String acronym, String title, String subtitle, LocalDate start, LocalDate end,
                      String timeZone, String city, String venue, String language, DocumentPlace place) {
        this(acronym, title, subtitle, start, end, timeZone, city, venue, language, place, null);
    }
}
