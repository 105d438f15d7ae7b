package org.digitalweek.event.export.frabjson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.export.frab.LinkWords;
import org.digitalweek.event.export.frab.Schedule;
import org.digitalweek.event.export.frab.ScheduleDay;
import org.digitalweek.event.export.frab.ScheduleEvent;
import org.digitalweek.event.export.frab.SchedulePerson;
import org.digitalweek.event.export.frab.ScheduleRoom;
import org.digitalweek.event.export.frab.ScheduleTrack;

/**
 * Writes an edition as a frab {@code schedule.json} v1 ({@code frab-json}, {@code application/json}),
 * valid against the C3VOC schema (draft-06): the same content as {@code schedule.xml}, events grouped
 * by day and room (one event per session, as {@code schedule.xml}), texts in the context's language.
 * The schema requires a URL per event: a session's public page, else {@code urn:uuid:<guid>}, an
 * absolute URI that names it and claims no web page (an import reads it as no page). Its source's
 * guid, id, slug and word for its kind, its logo, links and attachments are written as in
 * {@code schedule.xml}, link kinds as the schema's closed list allows ({@link LinkWords}). Persons are frab persons ({@code id}, {@code guid}, {@code public_name}) and nothing more,
 * as the schema's {@code oneOf} wants one kind only. Nothing depends on the time of export.
 */
public final class FrabJsonExporter implements Exporter {

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public FrabJsonExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return "frab-json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        Schedule schedule = Schedule.of(edition, context.readerLanguage(edition));
        try (JsonGenerator json = ScheduleJson.open(out)) {
            json.writeStartObject();
            json.writeStringProperty("$schema", "https://c3voc.de/schedule/schema.json");
            json.writeObjectPropertyStart("generator");
            json.writeStringProperty("name", "digitalweek");
            json.writeEndObject();
            json.writeObjectPropertyStart("schedule");
            json.writeStringProperty("version", schedule.version());
            writeConference(json, schedule);
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonException e) {
            throw ScheduleJson.failure(e, edition.id());
        }
    }

    private static void writeConference(JsonGenerator json, Schedule schedule) {
        ReaderLanguage language = schedule.language();
        json.writeObjectPropertyStart("conference");
        json.writeStringProperty("acronym", schedule.acronym());
        json.writeStringProperty("title", schedule.title());
        json.writeStringProperty("description", schedule.description(language));
        json.writeStringProperty("start", schedule.days().get(0).date().toString());
        json.writeStringProperty("end", schedule.days().get(schedule.days().size() - 1).date().toString());
        json.writeNumberProperty("daysCount", schedule.days().size());
        int slot = schedule.timeslotMinutes();
        json.writeStringProperty("timeslot_duration", String.format(Locale.ROOT, "%02d:%02d", slot / 60, slot % 60));
        Optional<String> zone = schedule.timeZoneName();
        if (zone.isPresent()) {
            json.writeStringProperty("time_zone_name", zone.get());
        }
        json.writeArrayPropertyStart("tracks");
        for (ScheduleTrack track : schedule.tracks()) {
            json.writeStartObject();
            json.writeStringProperty("name", track.name());
            json.writeStringProperty("slug", track.slug());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("rooms");
        for (ScheduleRoom room : schedule.rooms()) {
            json.writeStartObject();
            json.writeStringProperty("name", room.name());
            json.writeStringProperty("slug", room.slug());
            json.writeStringProperty("guid", room.guid().toString());
            Optional<String> description = Schedule.description(room, language);
            if (description.isPresent()) {
                json.writeStringProperty("description", description.get());
            }
            if (room.capacity().isPresent()) {
                json.writeNumberProperty("capacity", room.capacity().getAsInt());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("days");
        for (ScheduleDay day : schedule.days()) {
            writeDay(json, schedule, day);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeDay(JsonGenerator json, Schedule schedule, ScheduleDay day) {
        json.writeStartObject();
        json.writeNumberProperty("index", day.index());
        json.writeStringProperty("date", day.date().toString());
        json.writeStringProperty("day_start", ScheduleJson.DATE_TIME.format(day.start()));
        json.writeStringProperty("day_end", ScheduleJson.DATE_TIME.format(day.end()));
        json.writeObjectPropertyStart("rooms");
        for (ScheduleRoom room : schedule.rooms()) {
            json.writeArrayPropertyStart(room.name());
            for (ScheduleEvent event : schedule.eventsOn(day, room)) {
                writeEvent(json, event, schedule.language());
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeEvent(JsonGenerator json, ScheduleEvent event, ReaderLanguage language) {
        json.writeStartObject();
        json.writeStringProperty("guid", event.guid());
        json.writeNumberProperty("id", event.id());
        if (event.logo().isPresent()) {
            json.writeStringProperty("logo", event.logo().get().url().toString());
        }
        json.writeStringProperty("date", ScheduleJson.DATE_TIME.format(event.start()));
        json.writeStringProperty("start", ScheduleJson.TIME.format(event.start()));
        json.writeStringProperty("end", ScheduleJson.DATE_TIME.format(event.end()));
        json.writeStringProperty("duration", event.duration());
        json.writeStringProperty("room", event.room().name());
        json.writeStringProperty("slug", event.slug());
        json.writeStringProperty("url", event.url().orElseGet(() -> ScheduleJson.noPage(event.guid())));
        json.writeStringProperty("title", event.title(language));
        json.writeStringProperty("subtitle", event.subtitle(language));
        json.writeStringProperty("track", event.track().map(ScheduleTrack::name).orElse(null));
        json.writeStringProperty("type", event.type());
        json.writeStringProperty("language", event.language().orElse(null));
        json.writeStringProperty("abstract", event.abstractText(language));
        json.writeStringProperty("description", event.description(language));
        json.writeArrayPropertyStart("persons");
        for (SchedulePerson person : event.persons()) {
            json.writeStartObject();
            json.writeNumberProperty("id", person.id());
            json.writeStringProperty("guid", person.guid().toString());
            json.writeStringProperty("public_name", person.name());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeReferences(json, "links", event.plainLinks(), language, false);
        if (!event.attachments().isEmpty()) {
            writeReferences(json, "attachments", event.attachments(), language, false);
        }
        json.writeEndObject();
    }

    /**
     * @param upperCase whether the {@code type} words are schedule2's (upper case) rather than
     *                  {@code schedule.json}'s
     */
    static void writeReferences(JsonGenerator json, String name, List<SessionLink> links, ReaderLanguage language,
                                boolean upperCase) {
        json.writeArrayPropertyStart(name);
        for (SessionLink link : links) {
            json.writeStartObject();
            Optional<String> type = link.kind() == LinkKind.ATTACHMENT ? Optional.empty() : LinkWords.json(link.kind());
            if (type.isPresent()) {
                json.writeStringProperty("type", upperCase ? type.get().toUpperCase(Locale.ROOT) : type.get());
            }
            json.writeStringProperty("url", link.url().toString());
            String title = link.title().resolve(language);
            if (!title.isEmpty()) {
                json.writeStringProperty("title", title);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
