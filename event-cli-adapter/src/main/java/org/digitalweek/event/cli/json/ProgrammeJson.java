package org.digitalweek.event.cli.json;

import java.io.OutputStream;
import java.util.List;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.OptionValues;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;

/**
 * {@code digitalweek programme --json}: the sessions the filters select, in programme order, each with
 * the members of the canonical document's session that a script needs (id, type, title, track, room,
 * participants, languages, status), the names of what it refers to beside their ids, and its times
 * with the offset of the edition's zone.
 */
public final class ProgrammeJson {

    private ProgrammeJson() {
    }

    /**
     * @param stdout   standard output, as bytes
     * @param language the language of the command line's own words
     * @param query    the filters asked for
     * @param edition  the edition's public view
     * @param sessions the sessions selected, in programme order
     */
    public static void write(OutputStream stdout, Language language, ProgrammeQuery query, PublicEdition edition,
                             List<Session> sessions) {
        JsonWriter json = JsonValues.open(stdout, "programme", language);
        json.member("edition", edition.id().value()).member("version", edition.version());
        JsonValues.texts(json, "title", edition.title());
        json.member("zone", edition.zone().getId());
        filters(json, query);
        json.name("sessions").beginArray();
        for (Session s : sessions) {
            session(json, language, edition, s);
        }
        json.endArray();
        JsonValues.close(json);
    }

    /** Only the filters given; {@code {}} for the whole programme. */
    private static void filters(JsonWriter json, ProgrammeQuery query) {
        json.name("filters").beginObject();
        if (query.day() != null) {
            json.member("day", query.day().toString());
        }
        member(json, "room", query.roomId());
        member(json, "track", query.trackId());
        member(json, "person", query.personId());
        json.endObject();
    }

    private static void member(JsonWriter json, String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.member(name, value);
        }
    }

    private static void session(JsonWriter json, Language language, PublicEdition edition, Session s) {
        String tag = language.tag();
        json.beginObject().member("id", s.id().value()).member("type", OptionValues.of(s.type()))
                .member("typeName", s.type().displayName(tag));
        JsonValues.texts(json, "title", s.title());
        JsonValues.slot(json, "slot", s.slot(), edition.zone());
        s.room().ifPresent(room -> {
            json.member("room", room.value());
            edition.room(room).ifPresent(r -> JsonValues.texts(json, "roomName", r.name()));
        });
        s.track().ifPresent(track -> {
            json.member("track", track.value());
            edition.theme().track(track).ifPresent(t -> JsonValues.texts(json, "trackName", t.name()));
        });
        json.member("status", OptionValues.of(s.status())).member("statusName", s.status().displayName(tag));
        json.name("participants").beginArray();
        for (Participant p : s.participants()) {
            json.beginObject().member("official", p.official().value());
            edition.official(p.official()).ifPresent(o -> json.member("name", o.displayName()));
            json.member("role", OptionValues.of(p.role())).member("roleName", p.role().displayName(tag)).endObject();
        }
        json.endArray();
        json.name("languages").beginArray();
        s.languages().forEach(json::value);
        json.endArray();
        if (s.provenance() instanceof Provenance.Illustrative illustrative) {
            JsonValues.texts(json, "illustrativeNote", illustrative.note());
        }
        json.endObject();
    }
}
