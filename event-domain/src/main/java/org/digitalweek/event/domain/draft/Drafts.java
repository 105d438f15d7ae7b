package org.digitalweek.event.domain.draft;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

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
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.WebAddresses;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionOrigin;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;

/**
 * Turns a valid draft into the model, and the model back into a draft. Absent optional parts take
 * their defaults (no rooms, confirmed, draft status, reported provenance). Call it on drafts that
 * passed {@code InputValidator}: a draft with problems makes the model's constructors throw.
 */
public final class Drafts {

    private Drafts() {
    }

    /**
     * @param d a validated edition draft
     * @return the edition's public content, at version 0
     */
    public static PublicEdition toEdition(EditionDraft d) {
        return PublicEdition.builder()
                .id(new EditionId(d.id()))
                .series(new Series(new SeriesId(d.series().id()), country(d.series().hostCountry()),
                        text(d.series().name())))
                .number(d.number())
                .title(text(d.title()))
                .theme(new Theme(text(d.theme().title()), text(d.theme().description()),
                        map(d.theme().tracks(), t -> new Track(new TrackId(t.id()), text(t.name())))))
                .dates(new DateRange(d.startDate(), d.endDate()))
                .zone(ZoneId.of(d.timeZone()))
                .host(Optional.ofNullable(d.hostCity()), country(d.hostCountry()))
                .venues(map(d.venues(), Drafts::toVenue))
                .ministries(map(d.ministries(), Drafts::toMinistry))
                .participations(map(d.participations(),
                        p -> new Participation(new MinistryId(p.ministry()), EnumSet.copyOf(p.roles()))))
                .officials(map(d.officials(), Drafts::toOfficial))
                .sessions(map(d.sessions(), Drafts::toSession))
                .status(d.status() == null ? EditionStatus.DRAFT : d.status())
                .publishedAt(Optional.ofNullable(d.publishedAt()))
                .provenance(provenance(d.illustrativeNote()))
                .build();
    }

    /**
     * @param d a validated ministry draft
     * @return the ministry
     */
    public static Ministry toMinistry(MinistryDraft d) {
        return new Ministry(new MinistryId(d.id()), new Country(d.country()), text(d.name()),
                nonBlank(d.acronym()), provenance(d.illustrativeNote()));
    }

    /**
     * @param d a validated official draft
     * @return the official
     */
    public static Official toOfficial(OfficialDraft d) {
        return new Official(new OfficialId(d.id()), d.fullName(), d.honorific() == null ? "" : d.honorific(),
                text(d.postTitle()), Optional.ofNullable(d.ministry()).map(MinistryId::new),
                d.precedence() == null ? Precedence.UNRANKED : new Precedence(d.precedence()),
                provenance(d.illustrativeNote()));
    }

    /**
     * @param d a validated session draft
     * @return the session
     */
    public static Session toSession(SessionDraft d) {
        return new Session(new SessionId(d.id()), d.type(), text(d.title()), text(d.summary()),
                Optional.ofNullable(d.track()).map(TrackId::new), toSlot(d.slot()),
                Optional.ofNullable(d.room()).map(RoomId::new), map(d.participants(), Drafts::toParticipant),
                d.languages() == null ? List.of() : d.languages(),
                d.status() == null ? SessionStatus.CONFIRMED : d.status(),
                d.expectedAttendance() == null ? OptionalInt.empty() : OptionalInt.of(d.expectedAttendance()),
                map(d.statements(), s -> new Statement(new OfficialId(s.speaker()), s.text(), s.language(),
                        provenance(s.illustrativeNote()))),
                provenance(d.illustrativeNote()), Boolean.TRUE.equals(d.parallelAllowed()),
                Optional.ofNullable(d.origin())
                        .map(o -> new SessionOrigin(new EditionId(o.edition()), new SessionId(o.session()))),
                d.source() == null ? SourceIdentity.NONE
                        : SourceIdentity.of(d.source().guid(), d.source().id(), d.source().slug(), d.source().kind()),
                Optional.ofNullable(d.url()).flatMap(WebAddresses::parse),
                map(d.links(), l -> new SessionLink(WebAddresses.parse(l.url()).orElseThrow(), text(l.title()),
                        l.kind())));
    }

    /**
     * @param d a validated slot draft
     * @return the slot
     */
    public static TimeSlot toSlot(SlotDraft d) {
        return new TimeSlot(d.start(), d.end());
    }

    /**
     * @param d a validated participant draft
     * @return the participant
     */
    public static Participant toParticipant(ParticipantDraft d) {
        return new Participant(new OfficialId(d.official()), d.role(), Optional.ofNullable(d.onBehalfOf())
                .map(m -> new Mandate(text(m.authority()), new Precedence(m.precedence()))));
    }

    private static Venue toVenue(VenueDraft d) {
        return new Venue(new VenueId(d.id()), text(d.name()), nonBlank(d.shortName()),
                Optional.ofNullable(d.city()), country(d.country()),
                map(d.rooms(), r -> new Room(new RoomId(r.id()), text(r.name()),
                        r.capacity() == null ? OptionalInt.empty() : OptionalInt.of(r.capacity()),
                        Boolean.TRUE.equals(r.sharedSpace()), provenance(r.illustrativeNote()))),
                provenance(d.illustrativeNote()));
    }

    /** A country that is not given (null) is absent. */
    private static Optional<Country> country(String code) {
        return Optional.ofNullable(code).map(Country::new);
    }

    /** An optional short text that is blank is absent: blank acronyms and short names carry nothing. */
    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static LocalizedText text(Map<String, String> values) {
        return values == null ? LocalizedText.EMPTY : new LocalizedText(values);
    }

    private static Provenance provenance(Map<String, String> illustrativeNote) {
        return illustrativeNote == null || illustrativeNote.isEmpty()
                ? Provenance.reported() : Provenance.illustrative(new LocalizedText(illustrativeNote));
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> f) {
        return values == null ? List.of() : values.stream().map(f).toList();
    }

    /**
     * @param e an edition
     * @return the same content as a draft; {@code toEdition(fromEdition(e))} equals {@code e} but for its version
     */
    public static EditionDraft fromEdition(PublicEdition e) {
        return DraftsFromModel.edition(e);
    }

    /**
     * @param s a session
     * @return the same session as a draft
     */
    public static SessionDraft fromSession(Session s) {
        return DraftsFromModel.session(s);
    }
}
