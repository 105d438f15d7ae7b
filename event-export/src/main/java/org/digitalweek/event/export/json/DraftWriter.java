package org.digitalweek.event.export.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.draft.MandateDraft;
import org.digitalweek.event.domain.draft.MinistryDraft;
import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.draft.OriginDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.draft.ParticipationDraft;
import org.digitalweek.event.domain.draft.RoomDraft;
import org.digitalweek.event.domain.draft.SeriesDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.draft.StatementDraft;
import org.digitalweek.event.domain.draft.ThemeDraft;
import org.digitalweek.event.domain.draft.TrackDraft;
import org.digitalweek.event.domain.draft.VenueDraft;

/**
 * Writes drafts to the generator as the record serialization of {@link CanonicalJson#writingMapper()}
 * does, call for call, so byte for byte: record components in declaration order, absent and empty
 * values (null, {@code ""}, no elements) left out, texts sorted by language tag, dates in ISO 8601,
 * enum constants by name. It spares the serialization's reflection and its date formatter.
 */
final class DraftWriter {

    private final JsonGenerator g;

    /** @param generator the generator, with the canonical layout */
    DraftWriter(JsonGenerator generator) {
        this.g = generator;
    }

    /** @param e the edition, written as an object at the generator's place */
    void edition(EditionDraft e) {
        g.writeStartObject();
        string("id", e.id());
        object("series", e.series(), this::series);
        integer("number", e.number());
        texts("title", e.title());
        object("theme", e.theme(), this::theme);
        date("startDate", e.startDate());
        date("endDate", e.endDate());
        string("timeZone", e.timeZone());
        string("hostCity", e.hostCity());
        string("hostCountry", e.hostCountry());
        list("venues", e.venues(), this::venue);
        list("ministries", e.ministries(), this::ministry);
        list("participations", e.participations(), this::participation);
        list("officials", e.officials(), this::official);
        list("sessions", e.sessions(), this::session);
        constant("status", e.status());
        if (e.publishedAt() != null) {
            g.writeName("publishedAt");
            g.writeString(DateTimeFormatter.ISO_INSTANT.format(e.publishedAt()));
        }
        texts("illustrativeNote", e.illustrativeNote());
        g.writeEndObject();
    }

    private void series(SeriesDraft s) {
        g.writeStartObject();
        string("id", s.id());
        string("hostCountry", s.hostCountry());
        texts("name", s.name());
        g.writeEndObject();
    }

    private void theme(ThemeDraft t) {
        g.writeStartObject();
        texts("title", t.title());
        texts("description", t.description());
        list("tracks", t.tracks(), this::track);
        g.writeEndObject();
    }

    private void track(TrackDraft t) {
        g.writeStartObject();
        string("id", t.id());
        texts("name", t.name());
        g.writeEndObject();
    }

    private void venue(VenueDraft v) {
        g.writeStartObject();
        string("id", v.id());
        texts("name", v.name());
        string("shortName", v.shortName());
        string("city", v.city());
        string("country", v.country());
        list("rooms", v.rooms(), this::room);
        texts("illustrativeNote", v.illustrativeNote());
        g.writeEndObject();
    }

    private void room(RoomDraft r) {
        g.writeStartObject();
        string("id", r.id());
        texts("name", r.name());
        integer("capacity", r.capacity());
        bool("sharedSpace", r.sharedSpace());
        texts("illustrativeNote", r.illustrativeNote());
        g.writeEndObject();
    }

    private void ministry(MinistryDraft m) {
        g.writeStartObject();
        string("id", m.id());
        string("country", m.country());
        texts("name", m.name());
        string("acronym", m.acronym());
        texts("illustrativeNote", m.illustrativeNote());
        g.writeEndObject();
    }

    private void participation(ParticipationDraft p) {
        g.writeStartObject();
        string("ministry", p.ministry());
        list("roles", p.roles(), role -> g.writeString(role.name()));
        g.writeEndObject();
    }

    private void official(OfficialDraft o) {
        g.writeStartObject();
        string("id", o.id());
        string("fullName", o.fullName());
        string("honorific", o.honorific());
        texts("postTitle", o.postTitle());
        string("ministry", o.ministry());
        integer("precedence", o.precedence());
        texts("illustrativeNote", o.illustrativeNote());
        g.writeEndObject();
    }

    private void session(SessionDraft s) {
        g.writeStartObject();
        string("id", s.id());
        constant("type", s.type());
        texts("title", s.title());
        texts("summary", s.summary());
        string("track", s.track());
        object("slot", s.slot(), this::slot);
        string("room", s.room());
        list("participants", s.participants(), this::participant);
        list("languages", s.languages(), g::writeString);
        constant("status", s.status());
        integer("expectedAttendance", s.expectedAttendance());
        list("statements", s.statements(), this::statement);
        texts("illustrativeNote", s.illustrativeNote());
        bool("parallelAllowed", s.parallelAllowed());
        object("origin", s.origin(), this::origin);
        object("source", s.source(), this::source);
        string("url", s.url());
        list("links", s.links(), this::link);
        g.writeEndObject();
    }

    private void slot(SlotDraft s) {
        g.writeStartObject();
        dateTime("start", s.start());
        dateTime("end", s.end());
        g.writeEndObject();
    }

    private void participant(ParticipantDraft p) {
        g.writeStartObject();
        string("official", p.official());
        constant("role", p.role());
        object("onBehalfOf", p.onBehalfOf(), this::mandate);
        g.writeEndObject();
    }

    private void mandate(MandateDraft m) {
        g.writeStartObject();
        texts("authority", m.authority());
        integer("precedence", m.precedence());
        g.writeEndObject();
    }

    private void statement(StatementDraft s) {
        g.writeStartObject();
        string("speaker", s.speaker());
        string("text", s.text());
        string("language", s.language());
        texts("illustrativeNote", s.illustrativeNote());
        g.writeEndObject();
    }

    private void origin(OriginDraft o) {
        g.writeStartObject();
        string("edition", o.edition());
        string("session", o.session());
        g.writeEndObject();
    }

    private void source(SourceDraft s) {
        g.writeStartObject();
        string("guid", s.guid());
        string("id", s.id());
        string("slug", s.slug());
        string("kind", s.kind());
        g.writeEndObject();
    }

    private void link(LinkDraft l) {
        g.writeStartObject();
        string("url", l.url());
        texts("title", l.title());
        constant("kind", l.kind());
        g.writeEndObject();
    }

    private void string(String name, String value) {
        if (value != null && !value.isEmpty()) {
            g.writeName(name);
            g.writeString(value);
        }
    }

    private void integer(String name, Integer value) {
        if (value != null) { // zero is not empty
            g.writeName(name);
            g.writeNumber(value.intValue());
        }
    }

    private void bool(String name, Boolean value) {
        if (value != null) { // false is not empty
            g.writeName(name);
            g.writeBoolean(value);
        }
    }

    private void constant(String name, Enum<?> value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value.name());
        }
    }

    private void date(String name, LocalDate value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(IsoText.date(value));
        }
    }

    private void dateTime(String name, LocalDateTime value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(IsoText.dateTime(value));
        }
    }

    private <T> void object(String name, T value, Consumer<T> body) {
        if (value != null) { // a record is never empty, even with no component given
            g.writeName(name);
            body.accept(value);
        }
    }

    private <T> void list(String name, Collection<T> values, Consumer<T> element) {
        if (values != null && !values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (T value : values) {
                if (value == null) {
                    g.writeNull();
                } else {
                    element.accept(value);
                }
            }
            g.writeEndArray();
        }
    }

    /** Sorted by key as the serialization sorts them: a sorted map as it is, any other through a {@link TreeMap}. */
    private void texts(String name, Map<String, String> texts) {
        if (texts != null && !texts.isEmpty()) {
            g.writeName(name);
            g.writeStartObject();
            Map<String, String> sorted = texts instanceof SortedMap || texts.size() == 1 ? texts : new TreeMap<>(texts);
            for (Map.Entry<String, String> text : sorted.entrySet()) {
                g.writeName(text.getKey());
                if (text.getValue() == null) {
                    g.writeNull();
                } else {
                    g.writeString(text.getValue());
                }
            }
            g.writeEndObject();
        }
    }
}
