package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;

/** ical4j, the other Java calendar library, parses the export and finds every event as the model has it. */
class ICalendarReadByIcal4jTest {

    @BeforeAll
    static void offline() {
        // ical4j may fetch newer time zone definitions; the test reads the calendar's own.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    @Test
    void it_finds_every_event_of_the_sample() throws Exception {
        assertReadsBack(Editions.sample(), "fr");
    }

    @Test
    void it_finds_every_event_of_a_week_of_2000_sessions() throws Exception {
        assertReadsBack(Editions.generated(), "en");
    }

    @Test
    void escaped_and_folded_texts_come_back_whole() throws Exception {
        PublicEdition edition = Calendars.tricky();
        Calendar calendar = parse(edition, "fr");
        VEvent hard = events(calendar).get(SessionEvents.uid(edition, edition.programme().get(0)));

        assertThat(value(hard, Property.SUMMARY)).isEqualTo(Calendars.HARD_TITLE);
        assertThat(value(hard, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(hard, Property.SEQUENCE)).isEqualTo("7");
        assertThat(value(hard, Property.DTSTAMP)).isEqualTo("20260201T120000Z");
        assertThat(value(hard, Property.LOCATION)).contains(", ").doesNotContain("\\");
        assertThat(value(hard, Property.DESCRIPTION)).contains("\n- ").contains("au nom de").doesNotContain("\\");
    }

    @Test
    void it_finds_every_event_of_an_edition_with_no_host_city_or_country() throws Exception {
        assertReadsBack(EditionVariants.withoutHost(), "en");
    }

    private static void assertReadsBack(PublicEdition edition, String language) throws Exception {
        Map<String, VEvent> events = events(parse(edition, language));

        assertThat(events).hasSize(edition.sessions().size());
        for (Session session : edition.sessions()) {
            VEvent event = events.get(SessionEvents.uid(edition, session));
            assertThat(event).as(session.id().value()).isNotNull();
            assertThat(value(event, Property.SUMMARY)).isEqualTo(session.title().resolve(language));
            assertThat(instant(event.getStartDate().orElseThrow().getDate()))
                    .isEqualTo(session.slot().startIn(edition.zone()).toInstant());
            assertThat(instant(event.getEndDate().orElseThrow().getDate()))
                    .isEqualTo(session.slot().endIn(edition.zone()).toInstant());
            assertThat(value(event, Property.STATUS)).isEqualTo(session.status().name());
            assertThat(value(event, Property.SEQUENCE)).isEqualTo(Long.toString(edition.version()));
        }
    }

    private static Calendar parse(PublicEdition edition, String language) throws IOException, ParserException {
        byte[] bytes = Editions.export(new ICalendarExporter(), edition, language);
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static Instant instant(Temporal time) {
        return Instant.from(time);
    }
}
