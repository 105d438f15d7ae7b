package org.digitalweek.event.benchmarks.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;

/** The peer builds the same calendar: same events, same times, same titles, same places. */
class Ical4jCalendarTest {

    @Test
    void theIcal4jCalendarHasTheExportersEvents() throws IOException {
        PublicEdition week = Programmes.federated(1_000);
        ICalendar ours = parse(Programmes.export(Programmes.exporter("ics"), week));
        ICalendar peers = parse(Ical4jCalendar.write(week, "fr"));

        assertThat(peers.getEvents()).hasSize(week.sessions().size());
        assertThat(byUid(peers)).isEqualTo(byUid(ours));
    }

    private static ICalendar parse(byte[] calendar) {
        List<ICalendar> all = Biweekly.parse(new String(calendar, StandardCharsets.UTF_8)).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Map<String, List<Object>> byUid(ICalendar calendar) {
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Ical4jCalendarTest::facts));
    }

    private static List<Object> facts(VEvent event) {
        return List.of(event.getDateStart().getValue().getTime(), event.getDateEnd().getValue().getTime(),
                event.getSummary().getValue(), event.getLocation().getValue(), event.getStatus().getValue());
    }
}
