package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.time.ZoneId;

import biweekly.component.VTimezone;
import biweekly.component.Observance;
import biweekly.util.DateTimeComponents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated VTIMEZONE gives the JDK's offset at every half hour of the years it covers, read the
 * RFC 5545 way: an observance starts at its local {@code DTSTART} in its {@code TZOFFSETFROM} and
 * sets {@code TZOFFSETTO}. (biweekly's own {@code ICalTimeZone} is no oracle: it is off for hours
 * around transitions and ignores half-hour daylight saving.)
 */
class ZoneObservancesTest {

    private record Onset(Instant at, long offsetMillis) {
        static Onset of(Observance observance) {
            DateTimeComponents start = observance.getDateStart().getValue().getRawComponents();
            long from = observance.getTimezoneOffsetFrom().getValue().getMillis();
            Instant local = LocalDateTime.of(start.getYear(), start.getMonth(), start.getDate(), start.getHour(),
                    start.getMinute(), start.getSecond()).toInstant(ZoneOffset.UTC);
            return new Onset(local.minusMillis(from), observance.getTimezoneOffsetTo().getValue().getMillis());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Africa/Bamako", "Africa/Ouagadougou", "Africa/Niamey", "Europe/Paris",
            "America/Santiago", "Africa/Casablanca", "Australia/Lord_Howe"})
    void the_observances_follow_the_zone_rules(String id) {
        ZoneId zone = ZoneId.of(id);
        VTimezone component = ZoneObservances.of(zone, 2026, 2027);
        List<Onset> onsets = component.getComponents().values().stream().filter(Observance.class::isInstance)
                .map(Observance.class::cast).map(Onset::of).sorted(Comparator.comparing(Onset::at)).toList();

        Instant end = Instant.parse("2028-01-01T00:00:00Z").minus(Duration.ofDays(1));
        for (Instant t = Instant.parse("2026-01-02T00:00:00Z"); t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
            Instant now = t;
            long offset = onsets.stream().filter(o -> !o.at().isAfter(now)).reduce((a, b) -> b)
                    .orElseThrow().offsetMillis();
            assertThat(offset).as("%s at %s", id, t).isEqualTo(zone.getRules().getOffset(t).getTotalSeconds() * 1000L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Africa/Bamako", "Africa/Ouagadougou", "Africa/Niamey"})
    void a_zone_without_daylight_saving_time_has_one_standard_observance(String id) {
        VTimezone component = ZoneObservances.of(ZoneId.of(id), 2026, 2026);

        assertThat(component.getStandardTimes()).hasSize(1);
        assertThat(component.getDaylightSavingsTime()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Europe/Paris", "America/Santiago"})
    void the_years_0001_and_9999_need_their_own_rules_not_the_ten_thousand_between(String id) {
        ZoneId zone = ZoneId.of(id);
        VTimezone component = ZoneObservances.of(zone, new TreeSet<>(List.of(1, 9999)));
        List<Onset> onsets = component.getComponents().values().stream().filter(Observance.class::isInstance)
                .map(Observance.class::cast).map(Onset::of).sorted(Comparator.comparing(Onset::at)).toList();

        assertThat(onsets).as("1 January of each year, and the year 9999's changes").hasSizeLessThanOrEqualTo(6);
        for (Instant t : List.of(Instant.parse("0001-06-01T12:00:00Z"), Instant.parse("9999-01-15T12:00:00Z"),
                Instant.parse("9999-07-15T12:00:00Z"), Instant.parse("9999-12-30T12:00:00Z"))) {
            long offset = onsets.stream().filter(o -> !o.at().isAfter(t)).reduce((a, b) -> b).orElseThrow()
                    .offsetMillis();
            assertThat(offset).as("%s at %s", id, t).isEqualTo(zone.getRules().getOffset(t).getTotalSeconds() * 1000L);
        }
    }
}
