package org.digitalweek.event.export.frabjson;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.SortedMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.export.frab.Schedule;
import org.digitalweek.event.export.frab.ScheduleDay;
import org.digitalweek.event.export.frab.ScheduleEvent;
import org.digitalweek.event.export.frab.SchedulePerson;
import org.digitalweek.event.export.frab.ScheduleRoom;
import org.digitalweek.event.export.frab.ScheduleTrack;

/**
 * Writes an edition as a C3VOC {@code schedule2} (alpha-3) ({@code schedule2}, {@code application/json}),
 * valid against its schema: a flat list of events with start and end, so a session over several days
 * is one event; abstracts, descriptions and room notes translated ({@code {"fr": …, "en": …}}, two-letter
 * keys only); participants with their roles; rooms with capacity and their venue as parent. A cancelled
 * session has {@code "state": "CANCELED"} (and a marked title, for apps that ignore the state), a
 * tentative one {@code "ACCEPTED"}. Every event needs a track: sessions without one share a stand-in
 * track. An event's URL is its session's public page, else {@code urn:uuid:<guid>}, as in
 * {@code schedule.json}; its guid and slug are its source's when it has them; its type is its source's
 * word when the schema lists it; its logo, links and attachments are written as the schema allows
 * ({@link org.digitalweek.event.export.frab.LinkWords}). Nothing depends on the time of export.
 */
public final class Schedule2Exporter implements Exporter {

    private static final Map<SessionType, String> TYPES = Map.of(
            SessionType.OPENING_CEREMONY, "OTHER", SessionType.CLOSING_CEREMONY, "OTHER",
            SessionType.KEYNOTE, "TALK", SessionType.PANEL, "DISCUSSION", SessionType.MASTERCLASS, "TALK",
            SessionType.TRAINING, "HANDS-ON", SessionType.WORKSHOP, "WORKSHOP", SessionType.EXHIBITION, "OTHER",
            SessionType.BREAK, "OTHER", SessionType.OTHER, "OTHER");
    /** The schema's pattern of an event's {@code code}: a source id that fits it is written there. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");
    /** The schema's event types. */
    private static final Set<String> EVENT_TYPES = Set.of("TALK", "WORKSHOP", "HANDS-ON", "MEETING", "DISCUSSION",
            "PERFORMANCE", "CONCERT", "GAME", "LIGHTNING_TALK", "OTHER");
    private static final Map<ParticipantRole, String> ROLES = Map.of(
            ParticipantRole.PRESIDES, "HOST", ParticipantRole.SPEAKER, "SPEAKER",
            ParticipantRole.MODERATOR, "MODERATOR", ParticipantRole.PANELLIST, "SPEAKER",
            ParticipantRole.TRAINER, "SPEAKER", ParticipantRole.EXHIBITOR, "CONTRIBUTOR");
    private static final Map<SessionStatus, String> STATES = Map.of(
            SessionStatus.CONFIRMED, "CONFIRMED", SessionStatus.TENTATIVE, "ACCEPTED",
            SessionStatus.CANCELLED, "CANCELED");

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public Schedule2Exporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return "schedule2";
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
            json.writeStringProperty("$schema", "https://c3voc.de/schema/schedule2");
            json.writeObjectPropertyStart("generator");
            json.writeStringProperty("name", "digitalweek");
            json.writeEndObject();
            json.writeObjectPropertyStart("schedule");
            json.writeStringProperty("version", schedule.version());
            writeConference(json, schedule);
            json.writeArrayPropertyStart("events");
            for (ScheduleEvent event : schedule.sessions()) {
                writeEvent(json, schedule, event);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonException e) {
            throw ScheduleJson.failure(e, edition.id());
        }
    }

    private static void writeConference(JsonGenerator json, Schedule schedule) {
        PublicEdition edition = schedule.edition();
        json.writeObjectPropertyStart("conference");
        json.writeStringProperty("acronym", schedule.acronym());
        json.writeStringProperty("title", schedule.title());
        json.writeName("description");
        writeTranslations(json, Schedule.translations(List.of(edition.theme().title()),
                tag -> schedule.description(schedule.language().asking(tag))));
        json.writeStringProperty("start", ScheduleJson.DATE_TIME.format(schedule.days().get(0).start()));
        json.writeStringProperty("end", ScheduleJson.DATE_TIME.format(schedule.days().get(schedule.days().size() - 1).end()));
        json.writeStringProperty("timeslot_duration", Duration.ofMinutes(schedule.timeslotMinutes()).toString());
        Optional<String> zone = schedule.timeZoneName();
        if (zone.isPresent()) {
            json.writeStringProperty("time_zone_name", zone.get());
        }
        json.writeArrayPropertyStart("languages");
        for (String language : Schedule.translations(List.of(edition.title()), l -> l).keySet()) {
            json.writeString(language);
        }
        json.writeEndArray();
        json.writeObjectPropertyStart("defaults");
        json.writeStringProperty("language", twoLetters(schedule.language().tag()).orElse(LanguageTags.FRENCH));
        json.writeEndObject();
        json.writeArrayPropertyStart("tracks");
        for (ScheduleTrack track : schedule.tracks()) {
            writeTrack(json, track);
        }
        if (schedule.noTrack().isPresent()) {
            writeTrack(json, schedule.noTrack().get());
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("rooms");
        for (ScheduleRoom room : schedule.rooms()) {
            writeRoom(json, room, schedule.language());
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("days");
        for (ScheduleDay day : schedule.days()) {
            json.writeStartObject();
            json.writeNumberProperty("index", day.index());
            json.writeStringProperty("date", day.date().toString());
            json.writeStringProperty("start", ScheduleJson.DATE_TIME.format(day.start()));
            json.writeStringProperty("end", ScheduleJson.DATE_TIME.format(day.end()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeTrack(JsonGenerator json, ScheduleTrack track) {
        json.writeStartObject();
        json.writeStringProperty("name", track.name());
        json.writeStringProperty("slug", track.slug());
        json.writeEndObject();
    }

    private static void writeRoom(JsonGenerator json, ScheduleRoom room, ReaderLanguage language) {
        json.writeStartObject();
        json.writeStringProperty("name", room.name());
        json.writeStringProperty("slug", room.slug());
        json.writeStringProperty("guid", room.guid().toString());
        if (room.capacity().isPresent()) {
            json.writeNumberProperty("capacity", room.capacity().getAsInt());
        }
        if (room.provenance() instanceof Provenance.Illustrative illustrative) {
            json.writeName("description");
            writeTranslations(json, Schedule.translations(List.of(illustrative.note()),
                    tag -> Schedule.description(room, language.asking(tag)).orElse("")));
        }
        if (room.venue().isPresent()) {
            json.writeObjectPropertyStart("parent");
            json.writeStringProperty("type", "Building");
            json.writeStringProperty("name", room.venue().get().name());
            json.writeStringProperty("slug", room.venue().get().slug());
            json.writeStringProperty("guid", room.venue().get().guid().toString());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeEvent(JsonGenerator json, Schedule schedule, ScheduleEvent event) {
        ReaderLanguage language = schedule.language();
        json.writeStartObject();
        json.writeStringProperty("guid", event.guid());
        Optional<String> code = event.session().source().id().filter(id -> CODE.matcher(id).matches());
        if (code.isPresent()) {
            json.writeStringProperty("code", code.get());
        }
        json.writeStringProperty("type", type(event));
        json.writeStringProperty("state", STATES.get(event.session().status()));
        json.writeStringProperty("start", ScheduleJson.DATE_TIME.format(event.start()));
        json.writeStringProperty("end", ScheduleJson.DATE_TIME.format(event.end()));
        json.writeObjectPropertyStart("room");
        json.writeStringProperty("name", event.room().name());
        json.writeStringProperty("slug", event.room().slug());
        json.writeStringProperty("guid", event.room().guid().toString());
        json.writeEndObject();
        json.writeStringProperty("url", event.url().orElseGet(() -> ScheduleJson.noPage(event.guid())));
        if (event.logo().isPresent()) {
            json.writeObjectPropertyStart("logo");
            json.writeStringProperty("url", event.logo().get().url().toString());
            json.writeEndObject();
        }
        json.writeStringProperty("slug", event.slug());
        json.writeStringProperty("title", event.title(language));
        String subtitle = event.subtitle(language);
        json.writeStringProperty("subtitle", subtitle.isEmpty() ? null : subtitle);
        json.writeStringProperty("language", language(event, language));
        json.writeObjectPropertyStart("track");
        json.writeStringProperty("slug", event.track().or(schedule::noTrack).orElseThrow().slug());
        json.writeEndObject();
        json.writeName("abstract");
        writeTranslations(json, event.abstracts(language));
        json.writeName("description");
        writeTranslations(json, event.descriptions(language));
        json.writeArrayPropertyStart("participants");
        for (SchedulePerson person : event.persons()) {
            json.writeStartObject();
            json.writeStringProperty("guid", person.guid().toString());
            json.writeStringProperty("name", person.name());
            json.writeStringProperty("role", ROLES.get(person.role()));
            json.writeEndObject();
        }
        json.writeEndArray();
        FrabJsonExporter.writeReferences(json, "links", event.plainLinks(), language, true);
        if (!event.attachments().isEmpty()) {
            FrabJsonExporter.writeReferences(json, "attachments", event.attachments(), language, true);
        }
        json.writeEndObject();
    }

    /** The source's word when it is one of the schema's and still reads as the session's kind; else the kind's. */
    private static String type(ScheduleEvent event) {
        return event.sourceKind().filter(EVENT_TYPES::contains).orElseGet(() -> TYPES.get(event.session().type()));
    }

    /**
     * The first language spoken that has a two-letter code, the only kind the schema allows; else the
     * export's, which is the conference's default; else French.
     */
    private static String language(ScheduleEvent event, ReaderLanguage exportLanguage) {
        return event.session().languages().stream().flatMap(tag -> twoLetters(tag).stream()).findFirst()
                .or(() -> twoLetters(exportLanguage.tag())).orElse(LanguageTags.FRENCH);
    }

    private static Optional<String> twoLetters(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return language.length() == 2 ? Optional.of(language) : Optional.empty();
    }

    /** A translation map, or {@code null} when there is no text in any language. */
    private static void writeTranslations(JsonGenerator json, SortedMap<String, String> texts) {
        if (texts.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        texts.forEach(json::writeStringProperty);
        json.writeEndObject();
    }
}
