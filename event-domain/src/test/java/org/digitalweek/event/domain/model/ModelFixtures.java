package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.digitalweek.event.domain.error.InvariantViolationException;

/** Valid model values for tests, and the assertion on invariant violations. */
final class ModelFixtures {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 24);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 28);
    static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");

    static final EditionId EDITION_ID = new EditionId("snm-2026");
    static final SeriesId SERIES_ID = new SeriesId("snm");
    static final TrackId GOVERNANCE = new TrackId("gouvernance");
    static final TrackId AI = new TrackId("ia");
    static final VenueId CICB = new VenueId("cicb");
    static final VenueId HOTEL = new VenueId("hotel-amitie");
    static final RoomId SALLE_1 = new RoomId("cicb-salle-1");
    static final RoomId SALLE_2 = new RoomId("cicb-salle-2");
    static final RoomId HALL = new RoomId("amitie-hall");
    static final MinistryId MCENMA = new MinistryId("mcenma");
    static final MinistryId PRIMATURE = new MinistryId("primature");
    static final OfficialId MINISTER = new OfficialId("o-minister");
    static final OfficialId EXPERT = new OfficialId("o-expert");
    static final SessionId OPENING = new SessionId("s-opening");
    static final SessionId PANEL = new SessionId("s-panel");

    /** The edition id as it appears in the edition's invariant messages. */
    static final String EDITION_TYPE = "Edition 'snm-2026'";

    private ModelFixtures() {
    }

    /** Asserts that the call breaks the invariant of {@code type} and that the message names the rule. */
    static InvariantViolationException assertViolation(ThrowingCallable call, String type, String... ruleParts) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvariantViolationException.class);
        InvariantViolationException violation = (InvariantViolationException) thrown;
        assertThat(violation.type()).isEqualTo(type);
        assertThat(violation.rule()).contains(ruleParts);
        assertThat(violation.getMessage()).startsWith(type + ": ").contains(ruleParts);
        return violation;
    }

    static LocalDateTime at(int day, int hour) {
        return FIRST_DAY.plusDays(day).atTime(hour, 0);
    }

    /** @return a slot on day {@code day} of the edition (0 is the first), between two whole hours */
    static TimeSlot slot(int day, int fromHour, int toHour) {
        return new TimeSlot(at(day, fromHour), at(day, toHour));
    }

    static Room room(RoomId id) {
        return new Room(id, LocalizedText.fr("Salle " + id), OptionalInt.of(100), false, Provenance.reported());
    }

    static Venue venue(VenueId id, Room... rooms) {
        return new Venue(id, LocalizedText.fr("Lieu " + id), Optional.empty(), "Bamako", Country.MALI,
                List.of(rooms), Provenance.reported());
    }

    static Ministry ministry(MinistryId id) {
        return new Ministry(id, Country.MALI, LocalizedText.fr("Ministère " + id), Optional.empty(),
                Provenance.reported());
    }

    static Official official(OfficialId id, Optional<MinistryId> ministry) {
        return new Official(id, "Aïssata Traoré " + id, "Mme", LocalizedText.EMPTY, ministry, new Precedence(5),
                Provenance.reported());
    }

    static Track track(TrackId id) {
        return new Track(id, LocalizedText.fr("Piste " + id));
    }

    static Theme theme() {
        return new Theme(LocalizedText.fr("Le numérique au service de la souveraineté"), LocalizedText.EMPTY,
                List.of(track(GOVERNANCE), track(AI)));
    }

    static Series series() {
        return new Series(SERIES_ID, Country.MALI, LocalizedText.fr("Semaine du Numérique au Mali"));
    }

    static SessionDraft session(SessionId id) {
        return new SessionDraft(id);
    }

    /**
     * A valid edition: two venues (CICB with two rooms, a hotel with a hall), two ministries with
     * their participations, a minister serving MCENMA, an expert with no ministry, an opening in
     * salle 1 and a panel in salle 2.
     */
    static PublicEdition edition() {
        return editionBuilder().build();
    }

    static PublicEditionBuilder editionBuilder() {
        Session opening = session(OPENING).type(SessionType.OPENING_CEREMONY).slot(slot(0, 9, 11))
                .room(SALLE_1).track(GOVERNANCE).participants(Participant.of(MINISTER, ParticipantRole.PRESIDES))
                .build();
        Session panel = session(PANEL).slot(slot(0, 11, 13)).room(SALLE_2).track(AI)
                .participants(Participant.of(EXPERT, ParticipantRole.PANELLIST),
                        Participant.of(MINISTER, ParticipantRole.SPEAKER))
                .build();
        return PublicEdition.builder()
                .id(EDITION_ID)
                .series(series())
                .number(1)
                .title(LocalizedText.frEn("Semaine du Numérique 2026", "Digital Week 2026"))
                .theme(theme())
                .dates(new DateRange(FIRST_DAY, LAST_DAY))
                .zone(BAMAKO)
                .host("Bamako", Country.MALI)
                .venues(List.of(venue(CICB, room(SALLE_1), room(SALLE_2)), venue(HOTEL, room(HALL))))
                .ministries(List.of(ministry(MCENMA), ministry(PRIMATURE)))
                .participations(List.of(
                        Participation.of(MCENMA, ParticipationRole.HOST, ParticipationRole.ORGANISER),
                        Participation.of(PRIMATURE, ParticipationRole.PATRON)))
                .officials(List.of(official(MINISTER, Optional.of(MCENMA)), official(EXPERT, Optional.empty())))
                .sessions(List.of(opening, panel));
    }

    /** A mutable set of session parts with valid defaults; {@link #build()} calls the canonical constructor. */
    static final class SessionDraft {
        SessionId id;
        SessionType type = SessionType.PANEL;
        LocalizedText title = LocalizedText.fr("Panel de haut niveau");
        LocalizedText summary = LocalizedText.EMPTY;
        Optional<TrackId> track = Optional.empty();
        TimeSlot slot = ModelFixtures.slot(0, 11, 13);
        Optional<RoomId> room = Optional.empty();
        List<Participant> participants = new ArrayList<>();
        List<String> languages = new ArrayList<>(List.of("fr"));
        SessionStatus status = SessionStatus.CONFIRMED;
        OptionalInt expectedAttendance = OptionalInt.empty();
        List<Statement> statements = new ArrayList<>();
        Provenance provenance = Provenance.reported();

        SessionDraft(SessionId id) {
            this.id = id;
        }

        SessionDraft type(SessionType value) {
            type = value;
            return this;
        }

        SessionDraft title(LocalizedText value) {
            title = value;
            return this;
        }

        SessionDraft track(TrackId value) {
            track = Optional.of(value);
            return this;
        }

        SessionDraft slot(TimeSlot value) {
            slot = value;
            return this;
        }

        SessionDraft room(RoomId value) {
            room = Optional.of(value);
            return this;
        }

        SessionDraft participants(Participant... values) {
            participants = new ArrayList<>(List.of(values));
            return this;
        }

        SessionDraft languages(String... values) {
            languages = new ArrayList<>(List.of(values));
            return this;
        }

        SessionDraft status(SessionStatus value) {
            status = value;
            return this;
        }

        SessionDraft expectedAttendance(int value) {
            expectedAttendance = OptionalInt.of(value);
            return this;
        }

        SessionDraft statements(Statement... values) {
            statements = new ArrayList<>(List.of(values));
            return this;
        }

        Session build() {
            return new Session(id, type, title, summary, track, slot, room, participants, languages, status,
                    expectedAttendance, statements, provenance, false, Optional.empty());
        }
    }
}
