package org.digitalweek.event.domain.reuse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;

/**
 * An edition shaped like the Semaine du Numérique au Mali 2026 (edition 3, Thursday 29 January to
 * Wednesday 4 February, CICB, Bamako), published, with a protocol file. Its figures: an opening
 * (gouvernance) and a panel (ia) in the banquet hall, a cancelled workshop, an exhibition all week in
 * the shared hall with no track; speakers: the Malian minister (presides and speaks at the opening,
 * counted once), the Burkinabè minister, the agency's director (Mali) and an expert serving no
 * ministry; not speakers: the Nigerien trainer of the cancelled workshop and the exhibitor.
 */
final class SampleEditions {

    static final SeriesId SNM = new SeriesId("snm");
    static final EditionId SNM_2026 = new EditionId("snm-2026");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 29);
    static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");

    static final TrackId GOUVERNANCE = new TrackId("gouvernance");
    static final TrackId IA = new TrackId("ia");
    static final VenueId CICB = new VenueId("cicb");
    static final RoomId BANQUETS = new RoomId("salle-des-banquets");
    static final RoomId HALL = new RoomId("hall-des-expositions");

    static final MinistryId MCENMA = new MinistryId("mcenma");
    static final MinistryId PRIMATURE = new MinistryId("primature");
    static final MinistryId AGETIC = new MinistryId("agetic");
    static final MinistryId MTD = new MinistryId("mtd-bf");
    static final MinistryId MCPEN = new MinistryId("mcpen-ne");

    static final OfficialId MINISTER = new OfficialId("ministre-mcenma");
    static final OfficialId GUEST_MINISTER = new OfficialId("ministre-mtd");
    static final OfficialId DIRECTOR = new OfficialId("dg-agetic");
    static final OfficialId EXPERT = new OfficialId("expert-ia");
    static final OfficialId TRAINER = new OfficialId("formatrice-ne");
    static final OfficialId EXHIBITOR = new OfficialId("startup-bamako");

    static final SessionId OPENING = new SessionId("ceremonie-ouverture");
    static final SessionId PANEL = new SessionId("panel-gouvernance");
    static final SessionId WORKSHOP = new SessionId("atelier-annule");
    static final SessionId EXHIBITION = new SessionId("exposition");

    static final ProtocolFile MINISTER_FILE = new ProtocolFile(
            List.of(new Contact(ContactKind.EMAIL, "cabinet@example.ml")), "Placer à la droite du Premier ministre");

    private SampleEditions() {
    }

    /** @return edition 3 with a protocol file on the minister */
    static Edition source() {
        return new Edition(publicView(SNM_2026, 3, FIRST_DAY),
                new InternalRecords(Map.of(MINISTER, MINISTER_FILE)));
    }

    /**
     * @return an edition of the series {@code snm} shaped like the sample, published at version 7, its
     *         sessions placed on the same days from {@code firstDay}
     */
    static PublicEdition publicView(EditionId id, int number, LocalDate firstDay) {
        return PublicEdition.builder()
                .id(id)
                .series(new Series(SNM, Country.MALI, LocalizedText.fr("Semaine du Numérique au Mali")))
                .number(number)
                .title(LocalizedText.frEn("Semaine du Numérique au Mali " + firstDay.getYear(),
                        "Mali Digital Week " + firstDay.getYear()))
                .theme(new Theme(LocalizedText.fr("Le numérique, levier de souveraineté"), LocalizedText.EMPTY,
                        List.of(new Track(GOUVERNANCE, LocalizedText.fr("Gouvernance numérique")),
                                new Track(IA, LocalizedText.fr("Intelligence artificielle")))))
                .dates(new DateRange(firstDay, firstDay.plusDays(6)))
                .zone(BAMAKO)
                .host("Bamako", Country.MALI)
                .venues(List.of(cicb()))
                .ministries(List.of(ministry(MCENMA, Country.MALI), ministry(PRIMATURE, Country.MALI),
                        ministry(AGETIC, Country.MALI), ministry(MTD, Country.BURKINA_FASO),
                        ministry(MCPEN, Country.NIGER)))
                .participations(List.of(
                        Participation.of(MCENMA, ParticipationRole.HOST, ParticipationRole.ORGANISER),
                        Participation.of(PRIMATURE, ParticipationRole.PATRON),
                        Participation.of(AGETIC, ParticipationRole.ORGANISER, ParticipationRole.PARTNER),
                        Participation.of(MTD, ParticipationRole.GUEST_DELEGATION)))
                .officials(List.of(official(MINISTER, Optional.of(MCENMA), 5),
                        official(GUEST_MINISTER, Optional.of(MTD), 6), official(DIRECTOR, Optional.of(AGETIC), 9),
                        official(EXPERT, Optional.empty(), 0), official(TRAINER, Optional.of(MCPEN), 0),
                        official(EXHIBITOR, Optional.empty(), 0)))
                .sessions(List.of(opening(firstDay), panel(firstDay), workshop(firstDay), exhibition(firstDay)))
                .status(EditionStatus.PUBLISHED)
                .version(7)
                .publishedAt(Optional.of(Instant.parse("2026-01-20T10:00:00Z")))
                .build();
    }

    static Venue cicb() {
        return new Venue(CICB, LocalizedText.fr("Centre International de Conférences de Bamako"), Optional.of("CICB"),
                "Bamako", Country.MALI, List.of(
                        new Room(BANQUETS, LocalizedText.fr("Salle des banquets"), OptionalInt.of(800), false,
                                Provenance.reported()),
                        new Room(HALL, LocalizedText.fr("Hall des expositions"), OptionalInt.empty(), true,
                                Provenance.reported())),
                Provenance.reported());
    }

    private static Session opening(LocalDate firstDay) {
        Mandate primeMinister = new Mandate(LocalizedText.frEn("Premier ministre", "Prime Minister"),
                new Precedence(2));
        return session(OPENING, SessionType.OPENING_CEREMONY, Optional.of(GOUVERNANCE),
                slot(firstDay, 0, 9, 0, 11), Optional.of(BANQUETS),
                List.of(new Participant(MINISTER, ParticipantRole.PRESIDES, Optional.of(primeMinister)),
                        Participant.of(MINISTER, ParticipantRole.SPEAKER),
                        Participant.of(GUEST_MINISTER, ParticipantRole.SPEAKER),
                        Participant.of(EXPERT, ParticipantRole.SPEAKER)),
                List.of(new Statement(MINISTER, "Le numérique est un levier de souveraineté.", "fr",
                        Provenance.reported())),
                SessionStatus.CONFIRMED, false);
    }

    private static Session panel(LocalDate firstDay) {
        return session(PANEL, SessionType.PANEL, Optional.of(IA), slot(firstDay, 1, 10, 1, 12), Optional.of(BANQUETS),
                List.of(Participant.of(DIRECTOR, ParticipantRole.MODERATOR),
                        Participant.of(EXPERT, ParticipantRole.PANELLIST),
                        Participant.of(GUEST_MINISTER, ParticipantRole.PANELLIST)),
                List.of(), SessionStatus.CONFIRMED, false);
    }

    private static Session workshop(LocalDate firstDay) {
        return session(WORKSHOP, SessionType.WORKSHOP, Optional.of(IA), slot(firstDay, 2, 14, 2, 17),
                Optional.empty(), List.of(Participant.of(TRAINER, ParticipantRole.TRAINER)),
                List.of(), SessionStatus.CANCELLED, false);
    }

    private static Session exhibition(LocalDate firstDay) {
        return session(EXHIBITION, SessionType.EXHIBITION, Optional.empty(), slot(firstDay, 0, 10, 6, 18),
                Optional.of(HALL), List.of(Participant.of(EXHIBITOR, ParticipantRole.EXHIBITOR)),
                List.of(), SessionStatus.CONFIRMED, true);
    }

    static TimeSlot slot(LocalDate firstDay, int startDay, int startHour, int endDay, int endHour) {
        return new TimeSlot(LocalDateTime.of(firstDay.plusDays(startDay), LocalTime.of(startHour, 0)),
                LocalDateTime.of(firstDay.plusDays(endDay), LocalTime.of(endHour, 0)));
    }

    /** A session titled in French and English, with a summary and a known attendance. */
    static Session session(SessionId id, SessionType type, Optional<TrackId> track, TimeSlot slot,
                           Optional<RoomId> room, List<Participant> participants, List<Statement> statements,
                           SessionStatus status, boolean parallelAllowed) {
        return new Session(id, type, LocalizedText.frEn("Session " + id, "Session " + id),
                LocalizedText.fr("Résumé de " + id), track, slot, room, participants, List.of("fr", "en"), status,
                OptionalInt.of(200), statements, Provenance.reported(), parallelAllowed, Optional.empty());
    }

    private static Ministry ministry(MinistryId id, Country country) {
        return new Ministry(id, country, LocalizedText.fr("Ministère " + id), Optional.empty(), Provenance.reported());
    }

    private static Official official(OfficialId id, Optional<MinistryId> ministry, int rank) {
        return new Official(id, "Nom " + id, "M.", LocalizedText.EMPTY, ministry,
                rank == 0 ? Precedence.UNRANKED : new Precedence(rank), Provenance.reported());
    }
}
