package org.digitalweek.event.export.frab;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes an edition as a frab/Pentabarf {@code schedule.xml} ({@code frab-xml},
 * {@value #MEDIA_TYPE}), the schedule that Giggity, EventFahrplan, ConfClerk and info-beamer read,
 * valid against the C3VOC XSD. Texts are in the context's language; guids, ids, slugs, days and rooms
 * are those of {@link Schedule}: one {@code <event>} per session, listed under the day it starts on
 * (days run from one day change to the next), but for a session longer than a day, one per day it
 * covers. A session's source word for its kind is its {@code <type>}; its page is its {@code <url>};
 * its logo its {@code <logo>}; its attachments its {@code <attachments>}; its other links its
 * {@code <links>}, each with its kind as {@code type} ({@link LinkWords}).
 *
 * <p>Each day lists every room, in the edition's order, so that apps keep their columns from day to
 * day. Nothing depends on the time of export, so the clock is not read.
 */
public final class FrabXmlExporter implements Exporter {

    /** The IANA media type of {@code schedule.xml}. */
    public static final String MEDIA_TYPE = "application/vnd.c3voc.schedule+xml";

    /** Seconds and offset always: the XSD's {@code dateTime} needs seconds, its pattern an offset. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public FrabXmlExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return "frab-xml";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        Schedule schedule = Schedule.of(edition, context.readerLanguage(edition));
        try {
            IndentedXml xml = IndentedXml.start(out);
            xml.open("schedule");
            xml.open("generator");
            xml.attribute("name", "digitalweek");
            xml.close();
            xml.element("version", schedule.version());
            writeConference(xml, schedule);
            for (ScheduleDay day : schedule.days()) {
                writeDay(xml, schedule, day);
            }
            xml.close();
            xml.finish();
        } catch (XMLStreamException e) {
            throw e.getNestedException() instanceof IOException io ? io
                    : new IOException("could not write the schedule.xml of '" + edition.id() + "'", e);
        }
    }

    private static void writeConference(IndentedXml xml, Schedule schedule) throws XMLStreamException {
        xml.open("conference");
        xml.element("acronym", schedule.acronym());
        xml.element("title", schedule.title());
        xml.element("start", schedule.days().get(0).date().toString());
        xml.element("end", schedule.days().get(schedule.days().size() - 1).date().toString());
        xml.element("days", Integer.toString(schedule.days().size()));
        int slot = schedule.timeslotMinutes();
        xml.element("timeslot_duration", String.format(Locale.ROOT, "%02d:%02d", slot / 60, slot % 60));
        xml.element("time_zone_name", schedule.edition().zone().getId());
        for (ScheduleTrack track : schedule.tracks()) {
            xml.open("track");
            xml.attribute("name", track.name());
            xml.attribute("slug", track.slug());
            xml.close();
        }
        xml.close();
    }

    private static void writeDay(IndentedXml xml, Schedule schedule, ScheduleDay day) throws XMLStreamException {
        xml.open("day");
        xml.attribute("index", Integer.toString(day.index()));
        xml.attribute("date", day.date().toString());
        xml.attribute("start", DATE_TIME.format(day.start()));
        xml.attribute("end", DATE_TIME.format(day.end()));
        for (ScheduleRoom room : schedule.rooms()) {
            xml.open("room");
            xml.attribute("name", room.name());
            xml.attribute("guid", room.guid().toString());
            for (ScheduleEvent event : schedule.eventsOn(day, room)) {
                writeEvent(xml, event, schedule.language());
            }
            xml.close();
        }
        xml.close();
    }

    private static void writeEvent(IndentedXml xml, ScheduleEvent event, ReaderLanguage language) throws XMLStreamException {
        xml.open("event");
        xml.attribute("guid", event.guid());
        xml.attribute("id", Integer.toString(event.id()));
        xml.element("date", DATE_TIME.format(event.start()));
        xml.element("start", TIME.format(event.start()));
        xml.element("duration", event.duration());
        xml.element("room", event.room().name());
        xml.element("slug", event.slug());
        xml.element("title", event.title(language));
        xml.element("subtitle", event.subtitle(language));
        xml.element("track", event.track().map(ScheduleTrack::name).orElse(""));
        xml.element("type", event.type());
        if (event.logo().isPresent()) {
            xml.element("logo", event.logo().get().url().toString());
        }
        if (event.url().isPresent()) {
            xml.element("url", event.url().get());
        }
        if (event.language().isPresent()) {
            xml.element("language", event.language().get());
        }
        xml.element("abstract", event.abstractText(language));
        xml.element("description", event.description(language));
        xml.open("persons");
        for (SchedulePerson person : event.persons()) {
            xml.open("person");
            xml.attribute("id", Integer.toString(person.id()));
            xml.attribute("guid", person.guid().toString());
            xml.text(person.name());
            xml.close();
        }
        xml.close();
        writeLinks(xml, event, language);
        xml.close();
    }

    /** {@code <links>} always, as apps expect it; {@code <attachments>} when there are some. */
    private static void writeLinks(IndentedXml xml, ScheduleEvent event, ReaderLanguage language) throws XMLStreamException {
        if (event.plainLinks().isEmpty()) {
            xml.empty("links");
        } else {
            xml.open("links");
            for (SessionLink link : event.plainLinks()) {
                xml.open("link");
                xml.attribute("href", link.url().toString());
                xml.attribute("type", LinkWords.xml(link.kind()));
                xml.text(link.title().resolve(language));
                xml.close();
            }
            xml.close();
        }
        if (!event.attachments().isEmpty()) {
            xml.open("attachments");
            for (SessionLink attachment : event.attachments()) {
                xml.open("attachment");
                xml.attribute("href", attachment.url().toString());
                xml.text(attachment.title().resolve(language));
                xml.close();
            }
            xml.close();
        }
    }
}
