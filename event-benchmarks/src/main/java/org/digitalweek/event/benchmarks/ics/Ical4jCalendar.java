package org.digitalweek.event.benchmarks.ics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;

/**
 * The peer of the {@code ics} exporter: the same calendar built and written with ical4j. One
 * {@code VEVENT} a session with the same properties the exporter writes (UID, DTSTAMP, SEQUENCE,
 * zoned DTSTART and DTEND, SUMMARY, DESCRIPTION with the summary and the people, LOCATION,
 * CATEGORIES, STATUS), and the edition's {@code VTIMEZONE} from ical4j's own registry.
 */
public final class Ical4jCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ical4jCalendar() {
    }

    /**
     * @param edition  an edition
     * @param language the language of the texts
     * @return the calendar, as written by ical4j without validation
     * @throws IOException never: the output is in memory
     */
    public static byte[] write(PublicEdition edition, String language) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//digitalweek//benchmark peer//" + language.toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ZONES.getTimeZone(edition.zone().getId()).getVTimeZone());
        DtStamp stamp = new DtStamp(Programmes.CONTEXT.clock().instant());
        for (Session session : edition.programme()) {
            calendar.add(event(edition, session, language, stamp));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new CalendarOutputter(false).output(calendar, writer);
        }
        return out.toByteArray();
    }

    private static VEvent event(PublicEdition edition, Session session, String language, DtStamp stamp) {
        ZonedDateTime start = session.slot().startIn(edition.zone());
        ZonedDateTime end = session.slot().endIn(edition.zone());
        VEvent event = new VEvent(start, end, session.title().resolve(language));
        event.add(new Uid(session.id().value() + "@" + edition.id().value() + ".digitalweek"));
        event.add(stamp);
        event.add(new Sequence((int) Math.min(edition.version(), Integer.MAX_VALUE)));
        String description = description(edition, session, language);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        event.add(new Location(location(edition, session, language)));
        List<String> categories = new ArrayList<>();
        categories.add(session.type().name().toLowerCase(Locale.ROOT));
        session.track().flatMap(t -> edition.theme().track(t)).ifPresent(t -> categories.add(t.name().resolve(language)));
        event.add(new Categories(new TextList(categories)));
        event.add(switch (session.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        return event;
    }

    private static String description(PublicEdition edition, Session session, String language) {
        List<String> paragraphs = new ArrayList<>();
        String summary = session.summary().resolve(language);
        if (!summary.isEmpty()) {
            paragraphs.add(summary);
        }
        if (!session.participants().isEmpty()) {
            StringBuilder people = new StringBuilder("Intervenants :");
            for (Participant participant : session.participants()) {
                people.append("\n- ").append(edition.official(participant.official())
                        .map(o -> o.displayName()).orElse(participant.official().value()))
                        .append(" (").append(participant.role().name().toLowerCase(Locale.ROOT)).append(')');
            }
            paragraphs.add(people.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    private static String location(PublicEdition edition, Session session, String language) {
        List<String> parts = new ArrayList<>();
        session.room().flatMap(edition::room).ifPresent(r -> parts.add(r.name().resolve(language)));
        session.room().flatMap(edition::venueOf).ifPresent(v -> parts.add(v.name().resolve(language)));
        session.room().flatMap(edition::venueOf).flatMap(Venue::city).or(edition::hostCity).ifPresent(parts::add);
        return String.join(", ", parts);
    }
}
