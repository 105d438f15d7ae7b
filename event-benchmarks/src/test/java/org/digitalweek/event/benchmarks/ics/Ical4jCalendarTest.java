package org.digitalweek.event.benchmarks.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import biweekly.Biweekly;
import biweekly.ICalendar;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The peer builds the same calendar: same events, times, titles, places and statuses. Each calendar
 * is read by the parser of its own library (biweekly reads ours; ical4j reads its own, whose
 * historical VTIMEZONE for Africa/Bamako biweekly would read with the 1912 offset).
 */
class Ical4jCalendarTest {

    @Test
    void theIcal4jCalendarHasTheExportersEvents() throws Exception {
        PublicEdition week = Programmes.federated(1_000);
        Map<String, List<Object>> ours = ours(Programmes.export(Programmes.exporter("ics"), week));
        Map<String, List<Object>> peers = peers(Ical4jCalendar.write(week, "fr"));

        assertThat(peers).hasSize(week.sessions().size()).isEqualTo(ours);
    }

    private static Map<String, List<Object>> ours(byte[] calendar) {
        List<ICalendar> all = Biweekly.parse(new String(calendar, StandardCharsets.UTF_8)).all();
        assertThat(all).hasSize(1);
        return all.get(0).getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(),
                e -> List.of(e.getDateStart().getValue().toInstant(), e.getDateEnd().getValue().toInstant(),
                        e.getSummary().getValue(), e.getLocation().getValue(), e.getStatus().getValue())));
    }

    private static Map<String, List<Object>> peers(byte[] calendar) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(calendar));
        return parsed.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .collect(Collectors.toMap(e -> value(e, Property.UID), e -> List.of(
                        Instant.from(e.getStartDate().orElseThrow().getDate()),
                        Instant.from(e.getEndDate().orElseThrow().getDate()),
                        value(e, Property.SUMMARY), value(e, Property.LOCATION), value(e, Property.STATUS))));
    }

    private static String value(VEvent event, String name) {
        return event.getProperties().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getValue();
    }
}
