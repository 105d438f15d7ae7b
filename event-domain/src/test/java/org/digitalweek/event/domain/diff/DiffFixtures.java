package org.digitalweek.event.domain.diff;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionOrigin;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;

/**
 * The Niamey test week of {@link EditionDrafts} as a public edition, its ids, and ways to vary it:
 * sessions {@code opening} (day 0, 09–11, plenary), {@code expo} (days 0–2, hall), {@code panel-1}
 * (day 1, 10–12, plenary) and {@code ai-training} (day 2, 14–17, no room).
 */
final class DiffFixtures {

    static final SessionId OPENING = new SessionId("opening");
    static final SessionId PANEL = new SessionId("panel-1");
    static final SessionId EXPO = new SessionId("expo");
    static final SessionId TRAINING = new SessionId("ai-training");
    static final OfficialId HOST = new OfficialId("host-minister");
    static final OfficialId GUEST = new OfficialId("guest-minister");
    static final RoomId PLENARY = new RoomId("plenary");
    static final RoomId HALL = new RoomId("hall");

    private DiffFixtures() {
    }

    /** @return the test week: draft, version 0, never published */
    static PublicEdition week() {
        return Drafts.toEdition(EditionDrafts.week());
    }

    /** @return the test week with the panel and the training cancelled */
    static PublicEdition weekWithCancellations() {
        PublicEdition week = week();
        return week.withSession(session(week, PANEL).withStatus(SessionStatus.CANCELLED))
                .withSession(session(week, TRAINING).withStatus(SessionStatus.CANCELLED));
    }

    static Session session(PublicEdition edition, SessionId id) {
        return edition.session(id).orElseThrow();
    }

    /** @return a slot in the week: day 0 is its first day */
    static TimeSlot slot(int day, int fromHour, int toHour) {
        return new TimeSlot(at(day, fromHour), at(day, toHour));
    }

    static LocalDateTime at(int day, int hour) {
        return EditionDrafts.FIRST_DAY.plusDays(day).atTime(hour, 0);
    }

    /** @return a new session in French and English, confirmed, with no participant */
    static Session newSession(String id, String french, String english, TimeSlot slot, Optional<RoomId> room) {
        return new Session(new SessionId(id), SessionType.PANEL, LocalizedText.frEn(french, english),
                LocalizedText.EMPTY, Optional.empty(), slot, room, List.of(), List.of("fr"), SessionStatus.CONFIRMED,
                OptionalInt.empty(), List.of(), Provenance.reported(), false, Optional.empty());
    }

    /**
     * The public content of an edition, as the diff defines it: its id-keyed lists sorted by id, and
     * status, version and publishedAt set to fixed values.
     */
    static PublicEdition content(PublicEdition e) {
        return e.toBuilder()
                .theme(new Theme(e.theme().title(), e.theme().description(),
                        sorted(e.theme().tracks(), t -> t.id().value())))
                .venues(sorted(e.venues(), v -> v.id().value()).stream()
                        .map(v -> new Venue(v.id(), v.name(), v.shortName(), v.city(), v.country(),
                                sorted(v.rooms(), r -> r.id().value()), v.provenance()))
                        .toList())
                .ministries(sorted(e.ministries(), m -> m.id().value()))
                .participations(sorted(e.participations(), p -> p.ministry().value()))
                .officials(sorted(e.officials(), o -> o.id().value()))
                .sessions(sorted(e.sessions(), s -> s.id().value()))
                .status(EditionStatus.DRAFT)
                .version(0)
                .publishedAt(Optional.empty())
                .build();
    }

    static <T> List<T> sorted(List<T> items, Function<T, String> id) {
        return items.stream().sorted(Comparator.comparing(id)).toList();
    }

    static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    /** @return a copy of the session to change one component at a time */
    static SessionCopy copy(Session session) {
        return new SessionCopy(session);
    }

    /** Every component of a session, to change and rebuild through the canonical constructor. */
    static final class SessionCopy {
        private final Session source;
        private SessionType type;
        private LocalizedText title;
        private LocalizedText summary;
        private Optional<TrackId> track;
        private List<Participant> participants;
        private List<String> languages;
        private SessionStatus status;
        private OptionalInt expectedAttendance;
        private List<Statement> statements;
        private Provenance provenance;
        private boolean parallelAllowed;
        private Optional<SessionOrigin> origin;

        private SessionCopy(Session s) {
            source = s;
            type = s.type();
            title = s.title();
            summary = s.summary();
            track = s.track();
            participants = s.participants();
            languages = s.languages();
            status = s.status();
            expectedAttendance = s.expectedAttendance();
            statements = s.statements();
            provenance = s.provenance();
            parallelAllowed = s.parallelAllowed();
            origin = s.origin();
        }

        SessionCopy type(SessionType value) {
            type = value;
            return this;
        }

        SessionCopy title(LocalizedText value) {
            title = value;
            return this;
        }

        SessionCopy summary(LocalizedText value) {
            summary = value;
            return this;
        }

        SessionCopy track(Optional<TrackId> value) {
            track = value;
            return this;
        }

        SessionCopy participants(List<Participant> value) {
            participants = value;
            return this;
        }

        SessionCopy languages(List<String> value) {
            languages = value;
            return this;
        }

        SessionCopy status(SessionStatus value) {
            status = value;
            return this;
        }

        SessionCopy expectedAttendance(OptionalInt value) {
            expectedAttendance = value;
            return this;
        }

        SessionCopy statements(List<Statement> value) {
            statements = value;
            return this;
        }

        SessionCopy provenance(Provenance value) {
            provenance = value;
            return this;
        }

        SessionCopy parallelAllowed(boolean value) {
            parallelAllowed = value;
            return this;
        }

        SessionCopy origin(Optional<SessionOrigin> value) {
            origin = value;
            return this;
        }

        Session build() {
            return new Session(source.id(), type, title, summary, track, source.slot(), source.room(), participants,
                    languages, status, expectedAttendance, statements, provenance, parallelAllowed, origin);
        }
    }
}
