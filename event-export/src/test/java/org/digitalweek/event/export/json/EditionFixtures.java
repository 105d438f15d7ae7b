package org.digitalweek.event.export.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
import org.digitalweek.event.domain.model.SessionOrigin;
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
 * A realistic, invented edition for the format tests: a digital week in Bamako with two venues, a
 * shared exhibition hall, a host ministry with an acronym and a guest one without, officials ranked
 * and unranked, a minister speaking on behalf of the Prime Minister, a week-long exhibition, a
 * cancelled workshop, quotations, illustrative items and texts in French, English and Bambara.
 * Every person and quotation is invented.
 */
final class EditionFixtures {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);

    private static final Provenance INVENTED = Provenance.illustrative(LocalizedText.frEn(
            "Exemple inventé pour les essais", "Invented example for the tests"));

    private EditionFixtures() {
    }

    /** @return the edition, at version 0 */
    static PublicEdition digitalWeek() {
        return PublicEdition.builder()
                .id(new EditionId("sdb-2026"))
                .series(new Series(new SeriesId("sdb"), Country.MALI,
                        text("Semaine du numérique de Bamako", "Bamako Digital Week", "Bamako Dijitali Dɔgɔkun")))
                .number(4)
                .title(text("Semaine du numérique de Bamako, 4e édition", "Bamako Digital Week, 4th edition",
                        "Bamako Dijitali Dɔgɔkun, 4nan"))
                .theme(new Theme(LocalizedText.frEn("Des services publics numériques pour tous",
                        "Digital public services for everyone"),
                        LocalizedText.fr("L'administration en ligne, l'IA et les langues nationales."),
                        List.of(new Track(new TrackId("gov"), LocalizedText.frEn("Gouvernance numérique",
                                        "Digital governance")),
                                new Track(new TrackId("ai"), text("Intelligence artificielle",
                                        "Artificial intelligence", "Hakili dabali")))))
                .dates(new DateRange(FIRST_DAY, FIRST_DAY.plusDays(4)))
                .zone(ZoneId.of("Africa/Bamako"))
                .host("Bamako", Country.MALI)
                .venues(List.of(conferenceCentre(), university()))
                .ministries(List.of(
                        new Ministry(new MinistryId("mcenp"), Country.MALI, LocalizedText.frEn(
                                "Ministère de la Communication, de l'Économie numérique et de la Modernisation"
                                        + " de l'Administration", "Ministry of Communication, the Digital Economy"
                                        + " and the Modernisation of the Administration"),
                                Optional.of("MCENMA"), Provenance.reported()),
                        new Ministry(new MinistryId("primature"), Country.MALI,
                                LocalizedText.frEn("Primature", "Office of the Prime Minister"), Optional.empty(),
                                Provenance.reported()),
                        new Ministry(new MinistryId("bf-transition-digitale"), Country.BURKINA_FASO,
                                LocalizedText.fr("Ministère de la Transition digitale, des Postes et des"
                                        + " Communications électroniques"), Optional.empty(), INVENTED)))
                .participations(List.of(
                        Participation.of(new MinistryId("mcenp"), ParticipationRole.HOST,
                                ParticipationRole.ORGANISER, ParticipationRole.PATRON),
                        Participation.of(new MinistryId("primature"), ParticipationRole.PATRON),
                        Participation.of(new MinistryId("bf-transition-digitale"),
                                ParticipationRole.GUEST_DELEGATION, ParticipationRole.PARTNER)))
                .officials(List.of(
                        new Official(new OfficialId("minister"), "Awa Koné", "Mme",
                                text("Ministre de la Communication", "Minister of Communication", "Kunnafonidi minisiri"),
                                Optional.of(new MinistryId("mcenp")), new Precedence(5), Provenance.reported()),
                        new Official(new OfficialId("guest-minister"), "Issouf Ouédraogo", "M.",
                                LocalizedText.fr("Ministre de la Transition digitale"),
                                Optional.of(new MinistryId("bf-transition-digitale")), new Precedence(6), INVENTED),
                        new Official(new OfficialId("trainer"), "Fatoumata Sissoko", "",
                                LocalizedText.EMPTY, Optional.empty(), Precedence.UNRANKED, Provenance.reported())))
                .sessions(List.of(opening(), panel(), exhibition(), cancelledWorkshop()))
                .status(EditionStatus.PUBLISHED)
                .publishedAt(Optional.of(Instant.parse("2026-11-02T08:30:00Z")))
                .provenance(Provenance.reported())
                .build();
    }

    private static Venue conferenceCentre() {
        return new Venue(new VenueId("cicb"), LocalizedText.frEn("Centre international de conférences de Bamako",
                "Bamako International Conference Centre"), Optional.of("CICB"), "Bamako", Country.MALI, List.of(
                new Room(new RoomId("cicb-plenary"), text("Salle plénière", "Plenary hall", "Lajɛba so"),
                        OptionalInt.of(1200), false, Provenance.reported()),
                new Room(new RoomId("cicb-hall"), LocalizedText.frEn("Hall d'exposition", "Exhibition hall"),
                        OptionalInt.empty(), true, INVENTED)),
                Provenance.reported());
    }

    private static Venue university() {
        return new Venue(new VenueId("usttb"), LocalizedText.fr("Université des sciences, des techniques et des"
                + " technologies de Bamako"), Optional.empty(), "Bamako", Country.MALI, List.of(
                new Room(new RoomId("usttb-lab"), LocalizedText.fr("Laboratoire d'informatique"), OptionalInt.of(40),
                        false, Provenance.reported())),
                INVENTED);
    }

    private static Session opening() {
        return new Session(new SessionId("opening"), SessionType.OPENING_CEREMONY,
                text("Cérémonie d'ouverture", "Opening ceremony", "Dayɛlɛli seli"),
                LocalizedText.frEn("Ouverture officielle de la semaine.", "Official opening of the week."),
                Optional.of(new TrackId("gov")),
                new TimeSlot(FIRST_DAY.atTime(9, 0), FIRST_DAY.atTime(11, 30)),
                Optional.of(new RoomId("cicb-plenary")),
                List.of(new Participant(new OfficialId("minister"), ParticipantRole.PRESIDES,
                                Optional.of(new Mandate(LocalizedText.frEn("Premier ministre", "Prime Minister"),
                                        new Precedence(2)))),
                        new Participant(new OfficialId("minister"), ParticipantRole.SPEAKER, Optional.empty()),
                        Participant.of(new OfficialId("guest-minister"), ParticipantRole.SPEAKER)),
                List.of("fr", "bm"), SessionStatus.CONFIRMED, OptionalInt.of(1000),
                List.of(new Statement(new OfficialId("minister"),
                                "Le numérique doit parler toutes nos langues.", "fr", INVENTED),
                        new Statement(new OfficialId("guest-minister"),
                                "Nos pays avancent ensemble.", "fr", Provenance.reported())),
                Provenance.reported(), true, Optional.empty());
    }

    private static Session panel() {
        LocalDateTime start = FIRST_DAY.plusDays(1).atTime(14, 0);
        return new Session(new SessionId("panel-ai"), SessionType.PANEL,
                LocalizedText.frEn("L'IA au service de l'administration", "AI in public administration"),
                LocalizedText.EMPTY, // no abstract yet
                Optional.of(new TrackId("ai")), new TimeSlot(start, start.plusMinutes(90)),
                Optional.of(new RoomId("cicb-plenary")),
                List.of(Participant.of(new OfficialId("guest-minister"), ParticipantRole.PANELLIST),
                        Participant.of(new OfficialId("trainer"), ParticipantRole.MODERATOR)),
                List.of("fr", "en"), SessionStatus.TENTATIVE, OptionalInt.empty(), List.of(), INVENTED, false,
                Optional.of(new SessionOrigin(new EditionId("snm-2025"), new SessionId("panel-ia"))));
    }

    private static Session exhibition() {
        return new Session(new SessionId("expo"), SessionType.EXHIBITION,
                text("Salon des solutions numériques", "Digital solutions fair", "Dijitali fɛɛrɛw jirali"),
                LocalizedText.fr("Des start-up présentent leurs services."), Optional.empty(),
                new TimeSlot(FIRST_DAY.atTime(10, 0), FIRST_DAY.plusDays(3).atTime(18, 0)),
                Optional.of(new RoomId("cicb-hall")), List.of(), List.of(), SessionStatus.CONFIRMED,
                OptionalInt.of(5000), List.of(), Provenance.reported(), false,
                Optional.empty());
    }

    private static Session cancelledWorkshop() {
        LocalDateTime start = FIRST_DAY.plusDays(2).atTime(9, 0);
        return new Session(new SessionId("workshop-bm"), SessionType.TRAINING,
                text("Atelier : claviers en langues nationales", "Workshop: keyboards for national languages",
                        "Baarakɛyɔrɔ: kanw ka sɛbɛnnikɛminɛnw"),
                LocalizedText.EMPTY, Optional.of(new TrackId("ai")), new TimeSlot(start, start.plusHours(3)),
                Optional.of(new RoomId("usttb-lab")),
                List.of(Participant.of(new OfficialId("trainer"), ParticipantRole.TRAINER)),
                List.of("bm"), SessionStatus.CANCELLED, OptionalInt.of(30), List.of(), Provenance.reported(), false,
                Optional.empty());
    }

    private static LocalizedText text(String french, String english, String bambara) {
        return new LocalizedText(Map.of("fr", french, "en", english, "bm", bambara));
    }
}
