package org.digitalweek.event.domain.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The programme day by day, as a page or a conference app shows it: the edition's days, and the
 * first day of any session that starts on none of them. A session is shown in full on its first
 * day, then briefly ({@link #continuedTitle}, no summary, no people) on each later day of the
 * edition it falls on, up to {@value #CONTINUED_DAYS} of them, and on no other day: what a session
 * costs an export is bounded however long it lasts (an all-day event from 0001-01-01 to 9999-12-31 is
 * shown on 32 days, not on 3,652,059). An edition longer than
 * {@value DateRange#MAX_DAYS} days, which input validation refuses but a hand-built model
 * may hold, is shown on its first {@value DateRange#MAX_DAYS} days only.
 */
public final class ProgrammeDays {

    /** The most characters of a title shown on the later days of a session. */
    public static final int CONTINUED_TITLE = 100;
    /** The most later days a session is shown on, after its first: a month. */
    public static final int CONTINUED_DAYS = 31;

    private final SortedMap<LocalDate, List<Session>> days = new TreeMap<>();
    private final Map<SessionId, List<LocalDate>> shown = new HashMap<>();

    private ProgrammeDays(PublicEdition edition) {
        LocalDate first = edition.dates().start();
        LocalDate last = edition.dates().end().isAfter(first.plusDays(DateRange.MAX_DAYS - 1L))
                ? first.plusDays(DateRange.MAX_DAYS - 1L) : edition.dates().end();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new ArrayList<>());
        }
        for (Session session : edition.programme()) {
            List<LocalDate> on = daysOf(session.slot(), first, last);
            shown.put(session.id(), on);
            on.forEach(day -> days.computeIfAbsent(day, d -> new ArrayList<>()).add(session));
        }
    }

    /**
     * @param edition an edition
     * @return its programme day by day
     */
    public static ProgrammeDays of(PublicEdition edition) {
        return new ProgrammeDays(Objects.requireNonNull(edition, "'edition' must not be null"));
    }

    /** @return each day shown, in order, with its sessions in programme order */
    public SortedMap<LocalDate, List<Session>> byDay() {
        return Collections.unmodifiableSortedMap(days);
    }

    /**
     * @param session a session of the edition
     * @return the days it is shown on, its first day first
     */
    public List<LocalDate> of(Session session) {
        return List.copyOf(shown.getOrDefault(session.id(), List.of()));
    }

    /**
     * @param session a session
     * @param day     a day it is shown on
     * @return whether that day continues the session, shown in full on its first day
     */
    public static boolean continues(Session session, LocalDate day) {
        return !session.slot().start().toLocalDate().equals(day);
    }

    /**
     * @param title a session's title
     * @return it as a later day shows it: at most {@value #CONTINUED_TITLE} characters (code points),
     *         cut with {@code …}, so that what a long session costs each later day is bounded
     */
    public static String continuedTitle(String title) {
        if (title.codePointCount(0, title.length()) <= CONTINUED_TITLE) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, CONTINUED_TITLE - 1)).strip() + "…";
    }

    /**
     * Its first day, then each day of [first, last] after it that the slot touches, at most
     * {@value #CONTINUED_DAYS}, without walking the slot.
     */
    private static List<LocalDate> daysOf(TimeSlot slot, LocalDate first, LocalDate last) {
        LocalDate start = slot.start().toLocalDate();
        LocalDateTime end = slot.end();
        LocalDate lastTouched = end.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        List<LocalDate> on = new ArrayList<>();
        on.add(start);
        LocalDate from = start.plusDays(1).isAfter(first) ? start.plusDays(1) : first;
        LocalDate to = lastTouched.isBefore(last) ? lastTouched : last;
        LocalDate cap = from.plusDays(CONTINUED_DAYS - 1L);
        to = to.isAfter(cap) ? cap : to;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            on.add(day);
        }
        return on;
    }
}
