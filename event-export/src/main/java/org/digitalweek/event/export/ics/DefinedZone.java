package org.digitalweek.event.export.ics;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.TimeZone;

import biweekly.component.Observance;
import biweekly.component.VTimezone;
import biweekly.property.ExceptionDates;
import biweekly.property.RecurrenceDates;
import biweekly.property.RecurrenceRule;
import biweekly.property.UtcOffsetProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.iter.RecurrenceIterator;
import biweekly.util.com.google.ical.iter.RecurrenceIteratorFactory;
import biweekly.util.com.google.ical.values.DateTimeValue;
import biweekly.util.com.google.ical.values.DateTimeValueImpl;
import biweekly.util.com.google.ical.values.DateValue;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * One {@code VTIMEZONE} of a calendar, as RFC 5545 §3.6.5 reads it: at a wall-clock time, the
 * offset is the {@code TZOFFSETTO} of the observance whose latest onset ({@code DTSTART}, an
 * {@code RRULE} or {@code RDATE} occurrence, less {@code EXDATE}s) is at or before it; before every
 * onset, the {@code TZOFFSETFROM} of the earliest. Onsets are compared as wall-clock times, as
 * biweekly did.
 *
 * <p>The onsets of all observances are merged into one time line, in order, and only as far as the
 * latest time asked; a time is then found by a binary search, so that many events cost little.
 * Every onset, and every observance's iterator, is paid for from the document's budget, and only
 * yearly rules are expanded: a zone that would need more fails with its place and the rule it breaks
 * instead of running for ever.
 */
final class DefinedZone {

    /** Why a zone cannot give an offset: its place and the rule, for the import's problems. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final DocumentPlace place;
        private final String ruleFr;
        private final String ruleEn;

        Unusable(DocumentPlace place, String ruleFr, String ruleEn) {
            super(place.english() + ": " + ruleEn, null, false, false);
            this.place = place;
            this.ruleFr = ruleFr;
            this.ruleEn = ruleEn;
        }

        DocumentPlace place() {
            return place;
        }

        String ruleFr() {
            return ruleFr;
        }

        String ruleEn() {
            return ruleEn;
        }
    }

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final String tzid;
    private final Outline outline;
    private final List<Observed> observances = new ArrayList<>();
    /** The observances whose next onset is known, the earliest first. */
    private final PriorityQueue<Observed> pending = new PriorityQueue<>(Comparator.comparing((Observed o) -> o.next));
    /** Every onset expanded so far, in order, and the observance it starts. */
    private final List<DateValue> onsets = new ArrayList<>();
    private final List<Observed> starts = new ArrayList<>();
    private Observed earliest;
    private boolean started;
    private boolean failed;

    /**
     * @param tzid      its {@code TZID}
     * @param component the component
     * @param outline   where it is
     */
    DefinedZone(String tzid, VTimezone component, Outline outline) {
        this.tzid = tzid;
        this.outline = outline;
        List<Outline> children = outline.name().equals("VTIMEZONE") ? outline.children() : List.of();
        add(component.getStandardTimes(), "STANDARD", children);
        add(component.getDaylightSavingsTime(), "DAYLIGHT", children);
    }

    /** Pairs the n-th observance of a kind with the n-th such child of the outline: biweekly keeps them in order. */
    private void add(List<? extends Observance> kind, String name, List<Outline> children) {
        List<Outline> places = children.stream().filter(c -> c.name().equals(name)).toList();
        for (int i = 0; i < kind.size(); i++) {
            observances.add(new Observed(kind.get(i), name, i < places.size() ? places.get(i) : outline));
        }
    }

    /** @return whether the zone already failed (its problem is recorded) */
    boolean failed() {
        return failed;
    }

    /**
     * @param local  a wall-clock time in the zone
     * @param budget the document's onsets
     * @return the offset in force then
     * @throws Unusable when the zone has no usable observance, a rule no time zone has, or needs more
     *                  onsets than the budget has left
     */
    ZoneOffset offsetAt(LocalDateTime local, CalendarZones.OnsetBudget budget) throws Unusable {
        try {
            if (!started) {
                start(local, budget);
            }
            DateValue at = new DateTimeValueImpl(local.getYear(), local.getMonthValue(), local.getDayOfMonth(),
                    local.getHour(), local.getMinute(), local.getSecond());
            while (!pending.isEmpty() && pending.peek().next.compareTo(at) <= 0) {
                Observed observed = pending.poll();
                if (onsets.isEmpty() || observed.next.compareTo(onsets.get(onsets.size() - 1)) > 0) {
                    onsets.add(observed.next);
                    starts.add(observed);
                }
                if (observed.advance(local, budget)) {
                    pending.add(observed);
                }
            }
            int index = Collections.binarySearch(onsets, at);
            int before = index >= 0 ? index : -index - 2;
            return before >= 0 ? starts.get(before).to : earliest.from;
        } catch (Unusable e) {
            failed = true;
            throw e;
        }
    }

    /** Checks the rules, makes every usable observance's iterator and reads its first onset. */
    private void start(LocalDateTime local, CalendarZones.OnsetBudget budget) throws Unusable {
        started = true;
        for (Observed observed : observances) {
            if (!observed.usable()) {
                continue;
            }
            observed.yearlyRulesOnly();
            if (earliest == null || observed.start.compareTo(earliest.start) < 0) {
                earliest = observed;
            }
        }
        if (earliest == null) {
            throw unusable(outline, "n'a aucune observance utilisable : chacune a besoin d'un DTSTART, d'un"
                    + " TZOFFSETFROM et d'un TZOFFSETTO compris entre -18:00 et +18:00", "has no usable observance:"
                    + " each needs a DTSTART, a TZOFFSETFROM and a TZOFFSETTO within ±18:00");
        }
        for (Observed observed : observances) {
            if (observed.usable() && observed.advance(local, budget)) {
                pending.add(observed);
            }
        }
    }

    private Unusable unusable(Outline at, String ruleFr, String ruleEn) {
        String name = CalendarPlaces.abbreviate(tzid);
        return new Unusable(CalendarPlaces.of(at.line(), at), "le VTIMEZONE « " + name + " » " + ruleFr,
                "VTIMEZONE '" + name + "' " + ruleEn);
    }

    /** One observance, its iterator and its next onset. */
    private final class Observed {
        private final Observance observance;
        private final String kind;
        private final Outline at;
        private final DateValue start;
        private final ZoneOffset from;
        private final ZoneOffset to;
        private RecurrenceIterator iterator;
        private DateValue next;

        Observed(Observance observance, String kind, Outline at) {
            this.observance = observance;
            this.kind = kind;
            this.at = at;
            this.start = observance.getDateStart() == null ? null : dateValue(observance.getDateStart().getValue());
            this.from = offset(observance.getTimezoneOffsetFrom());
            this.to = offset(observance.getTimezoneOffsetTo());
        }

        boolean usable() {
            return start != null && from != null && to != null;
        }

        /**
         * Reads the next onset into {@link #next}, paying for it (and for the iterator, the first time).
         *
         * @return whether there is one
         */
        boolean advance(LocalDateTime local, CalendarZones.OnsetBudget budget) throws Unusable {
            try {
                if (iterator == null) {
                    spend(local, budget); // making an iterator costs about as much as an onset
                    iterator = onsetIterator();
                }
                if (!iterator.hasNext()) {
                    return false;
                }
                spend(local, budget);
                next = atTime(iterator.next());
                return true;
            } catch (RuntimeException e) { // a rule biweekly cannot expand
                throw unusable(at, "ne peut pas être développé (" + described(true) + ") : sa règle de récurrence"
                        + " est illisible", "cannot be expanded (" + described(false) + "): its recurrence rule"
                        + " cannot be read");
            }
        }

        private void spend(LocalDateTime local, CalendarZones.OnsetBudget budget) throws Unusable {
            if (!budget.spend()) {
                throw unusable(at, "demande plus de changements de décalage qu'un document ne peut en développer ("
                        + budget.limit() + " en tout) pour atteindre " + local + ", l'heure d'un événement ("
                        + described(true) + ") : un fuseau horaire change de décalage quelques fois par an ; nommez"
                        + " un fuseau IANA dans TZID, par exemple Africa/Bamako", "needs more offset changes than a"
                        + " document may expand (" + budget.limit() + " in all) to reach " + local + ", the time of an"
                        + " event (" + described(false) + "): a time zone changes its offset a few times a year; name"
                        + " an IANA time zone in TZID, such as Africa/Bamako");
            }
        }

        /**
         * Refuses the rules no time zone has and that make biweekly's iterator work hard for each onset:
         * another frequency than yearly, an interval (2147483647 days takes tens of milliseconds an onset),
         * or a time of day of their own (every second of a year, then picked by {@code BYSETPOS}).
         */
        void yearlyRulesOnly() throws Unusable {
            for (RecurrenceRule property : observance.getProperties(RecurrenceRule.class)) {
                Recurrence rule = property.getValue();
                if (rule == null || rule.getFrequency() == null) {
                    continue;
                }
                boolean yearly = rule.getFrequency() == Frequency.YEARLY
                        && (rule.getInterval() == null || rule.getInterval() == 1)
                        && rule.getByHour().isEmpty() && rule.getByMinute().isEmpty() && rule.getBySecond().isEmpty();
                if (!yearly) {
                    throw unusable(at, "a une règle qu'aucun fuseau horaire n'a (" + described(true) + ") : les"
                            + " changements de décalage d'un fuseau suivent des règles annuelles (FREQ=YEARLY, pas"
                            + " d'INTERVAL autre que 1, l'heure du jour prise dans DTSTART : ni BYHOUR, ni BYMINUTE,"
                            + " ni BYSECOND) ; nommez un fuseau IANA dans TZID, par exemple Africa/Bamako",
                            "has a rule no time zone has (" + described(false) + "): the offset changes of a "
                            + "time zone follow yearly rules (FREQ=YEARLY, no INTERVAL but 1, the time of day from "
                            + "DTSTART: no BYHOUR, BYMINUTE or BYSECOND); name an IANA time zone in TZID, such as "
                            + "Africa/Bamako");
                }
            }
        }

        /**
         * @param french whether to say it in French ({@code STANDARD depuis …}) rather than in English
         * @return e.g. {@code STANDARD from 0001-01-01T00:00:00, RRULE FREQ=SECONDLY}
         */
        private String described(boolean french) {
            DateTimeValue time = (DateTimeValue) start;
            String from = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", start.year(), start.month(),
                    start.day(), time.hour(), time.minute(), time.second());
            Recurrence recurrence = observance.getRecurrenceRule() == null ? null
                    : observance.getRecurrenceRule().getValue();
            String rule = recurrence == null || recurrence.getFrequency() == null ? ""
                    : ", RRULE FREQ=" + recurrence.getFrequency() + (recurrence.getInterval() == null ? ""
                    : ";INTERVAL=" + recurrence.getInterval());
            return kind + (french ? " depuis " : " from ") + from + rule;
        }

        /** DTSTART, every RRULE and every RDATE, merged in order, less the EXDATEs. */
        private RecurrenceIterator onsetIterator() {
            List<RecurrenceIterator> included = new ArrayList<>();
            included.add(RecurrenceIteratorFactory.createRecurrenceIterator(List.of(start)));
            for (RecurrenceRule rule : observance.getProperties(RecurrenceRule.class)) {
                if (rule.getValue() != null && rule.getValue().getFrequency() != null) {
                    included.add(RecurrenceIteratorFactory.createRecurrenceIterator(rule.getValue(), start, UTC));
                }
            }
            List<DateValue> dates = new ArrayList<>();
            for (RecurrenceDates rdate : observance.getRecurrenceDates()) {
                rdate.getDates().stream().map(DefinedZone::dateValue).filter(d -> d != null).forEach(dates::add);
            }
            included.add(RecurrenceIteratorFactory.createRecurrenceIterator(dates)); // it sorts them
            RecurrenceIterator all = RecurrenceIteratorFactory.join(included.get(0),
                    included.subList(1, included.size()).toArray(new RecurrenceIterator[0]));
            List<DateValue> excluded = new ArrayList<>();
            for (ExceptionDates exdate : observance.getExceptionDates()) {
                exdate.getValues().stream().map(DefinedZone::dateValue).filter(d -> d != null).forEach(excluded::add);
            }
            return excluded.isEmpty() ? all : RecurrenceIteratorFactory.except(all,
                    RecurrenceIteratorFactory.createRecurrenceIterator(excluded));
        }
    }

    /** A date as a date-time at midnight, so that dates and date-times compare. */
    private static DateValue atTime(DateValue value) {
        return value instanceof DateTimeValue ? value
                : new DateTimeValueImpl(value.year(), value.month(), value.day(), 0, 0, 0);
    }

    private static DateValue dateValue(ICalDate date) {
        DateTimeComponents raw = date == null ? null : date.getRawComponents();
        return raw == null ? null : new DateTimeValueImpl(raw.getYear(), raw.getMonth(), raw.getDate(),
                date.hasTime() ? raw.getHour() : 0, date.hasTime() ? raw.getMinute() : 0,
                date.hasTime() ? raw.getSecond() : 0);
    }

    private static ZoneOffset offset(UtcOffsetProperty property) {
        if (property == null || property.getValue() == null) {
            return null;
        }
        try {
            return ZoneOffset.ofTotalSeconds(Math.toIntExact(property.getValue().getMillis() / 1000));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
