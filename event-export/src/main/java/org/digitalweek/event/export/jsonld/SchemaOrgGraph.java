package org.digitalweek.event.export.jsonld;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.export.labels.FormatLabels;

/**
 * Writes the {@code @graph} of an edition: the edition (with its sessions as sub-events), its
 * series, venues, rooms, tracks, ministries and officials, each once, linked by {@code @id}.
 */
final class SchemaOrgGraph {

    static final String SCHEMA = "https://schema.org/";

    /** Who runs a session: the person who presides (<i>préside</i>) hosts it. */
    private static final Set<ParticipantRole> ORGANIZERS = EnumSet.of(ParticipantRole.PRESIDES);
    /** Who is seen and heard on stage. */
    private static final Set<ParticipantRole> PERFORMERS = EnumSet.of(ParticipantRole.SPEAKER,
            ParticipantRole.PANELLIST, ParticipantRole.MODERATOR, ParticipantRole.TRAINER);
    /** Who shows work: schema.org has no exhibitor of an event. */
    private static final Set<ParticipantRole> CONTRIBUTORS = EnumSet.of(ParticipantRole.EXHIBITOR);

    private final PublicEdition edition;
    private final ReaderLanguage language;
    private final Ld ld;
    private final Iris iris;

    SchemaOrgGraph(PublicEdition edition, ReaderLanguage language, Ld ld) {
        this.edition = edition;
        this.language = language;
        this.ld = ld;
        this.iris = new Iris(edition.id());
    }

    void write() {
        ld.json().writeArrayPropertyStart("@graph");
        edition();
        series();
        for (Venue venue : edition.venues()) {
            venue(venue);
        }
        for (Venue venue : edition.venues()) {
            for (Room room : venue.rooms()) {
                room(venue, room);
            }
        }
        for (Track track : edition.theme().tracks()) {
            ld.startNode("DefinedTerm", iris.of("track", track.id()));
            ld.text("name", track.name().resolve(language));
            ld.text("termCode", track.id().value());
            ld.end();
        }
        for (Ministry ministry : edition.ministries()) {
            ministry(ministry);
        }
        for (Official official : edition.officials()) {
            person(official);
        }
        ld.json().writeEndArray();
    }

    private void edition() {
        ld.startNode("Event", iris.edition());
        ld.text("name", edition.title().resolve(language));
        String theme = edition.theme().title().resolve(language);
        String more = edition.theme().description().resolve(language);
        ld.text("description", more.isBlank() ? theme : theme + "\n\n" + more);
        ld.text("disambiguatingDescription", marker(edition.provenance(), false));
        ld.text("startDate", edition.dates().start().toString());
        ld.text("endDate", edition.dates().end().toString());
        editionLocation();
        ld.texts("inLanguage", editionLanguages());
        ld.text("eventStatus", SCHEMA + "EventScheduled");
        ld.text("eventAttendanceMode", SCHEMA + "OfflineEventAttendanceMode");
        ld.refs("about", edition.theme().tracks().stream().map(t -> iris.of("track", t.id())).toList());
        ld.ref("superEvent", Iris.series(edition.series().id()));
        ld.refs("organizer", ministries(ParticipationRole.HOST, ParticipationRole.ORGANISER));
        ld.refs("sponsor", ministries(ParticipationRole.PATRON));
        ld.refs("contributor", ministries(ParticipationRole.GUEST_DELEGATION, ParticipationRole.PARTNER));
        List<Session> programme = edition.programme();
        if (!programme.isEmpty()) {
            ld.json().writeArrayPropertyStart("subEvent");
            for (Session session : programme) {
                session(session);
            }
            ld.json().writeEndArray();
        }
        ld.end();
    }

    private void editionLocation() {
        if (!edition.venues().isEmpty()) {
            ld.refs("location", edition.venues().stream().map(v -> iris.of("venue", v.id())).toList());
            return;
        }
        if (edition.hostCity().isEmpty() && edition.hostCountry().isEmpty()) {
            return; // no place given: none is made up
        }
        ld.startBlank("location", "Place");
        ld.text("name", edition.hostCity().or(() -> edition.hostCountry().map(c -> c.name().resolve(language)))
                .orElseThrow());
        ld.address(edition.hostCity(), edition.hostCountry().map(Country::code));
        ld.end();
    }

    private List<String> editionLanguages() {
        Set<String> tags = new TreeSet<>();
        edition.sessions().forEach(s -> tags.addAll(s.languages()));
        return tags.isEmpty() ? List.of(language.tag()) : List.copyOf(tags);
    }

    private List<String> ministries(ParticipationRole... roles) {
        return edition.participations().stream()
                .filter(p -> List.of(roles).stream().anyMatch(p::has))
                .map(p -> iris.of("ministry", p.ministry())).toList();
    }

    private void session(Session session) {
        ZoneId zone = edition.zone();
        ld.startNode(eventType(session), iris.of("session", session.id()));
        ld.text("name", session.title().resolve(language));
        session.url().ifPresent(url -> ld.text("url", url.toString()));
        ld.text("description", session.summary().resolve(language));
        ld.text("disambiguatingDescription", marker(session.provenance(), session.status() == SessionStatus.TENTATIVE));
        ld.text("startDate", session.slot().startIn(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ld.text("endDate", session.slot().endIn(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        sessionLocation(session);
        ld.text("eventStatus", SCHEMA + (session.isCancelled() ? "EventCancelled" : "EventScheduled"));
        boolean online = !LinkedWorks.liveStreams(session).isEmpty();
        ld.text("eventAttendanceMode", SCHEMA + (!online ? "OfflineEventAttendanceMode"
                : session.room().isPresent() ? "MixedEventAttendanceMode" : "OnlineEventAttendanceMode"));
        ld.texts("inLanguage", session.languages());
        session.track().ifPresent(track -> ld.ref("about", iris.of("track", track)));
        ld.text("keywords", FormatLabels.of(session.type(), language));
        ld.refs("organizer", people(session, ORGANIZERS));
        ld.refs("performer", people(session, PERFORMERS));
        ld.refs("contributor", people(session, CONTRIBUTORS));
        new LinkedWorks(ld, language).write(session);
        ld.end();
    }

    /** Its room, and its live streams as virtual locations: schema.org's way of an event followed online. */
    private void sessionLocation(Session session) {
        List<SessionLink> streams = LinkedWorks.liveStreams(session);
        if (streams.isEmpty()) {
            session.room().ifPresent(room -> ld.ref("location", iris.of("room", room)));
            return;
        }
        ld.json().writeArrayPropertyStart("location");
        session.room().ifPresent(room -> {
            ld.json().writeStartObject();
            ld.json().writeStringProperty("@id", iris.of("room", room));
            ld.end();
        });
        streams.forEach(new LinkedWorks(ld, language)::virtualLocation);
        ld.json().writeEndArray();
    }

    private static String eventType(Session session) {
        return switch (session.type()) {
            case EXHIBITION -> "ExhibitionEvent";
            case MASTERCLASS, TRAINING, WORKSHOP -> "EducationEvent";
            default -> "Event";
        };
    }

    private List<String> people(Session session, Set<ParticipantRole> roles) {
        return session.participants().stream().filter(p -> roles.contains(p.role()))
                .map(p -> iris.of("person", p.official())).distinct().toList();
    }

    private void series() {
        ld.startNode("EventSeries", Iris.series(edition.series().id()));
        ld.text("name", edition.series().name().resolve(language));
        edition.series().hostCountry().ifPresent(country -> {
            ld.startBlank("location", "Country");
            ld.text("name", country.name().resolve(language));
            ld.text("identifier", country.code());
            ld.end();
        });
        ld.end();
    }

    private void venue(Venue venue) {
        ld.startNode("Place", iris.of("venue", venue.id()));
        ld.text("name", venue.name().resolve(language));
        ld.text("alternateName", venue.shortName().orElse(""));
        ld.text("disambiguatingDescription", marker(venue.provenance(), false));
        ld.address(venue.city(), venue.country().map(Country::code));
        ld.end();
    }

    private void room(Venue venue, Room room) {
        ld.startNode("Place", iris.of("room", room.id()));
        ld.text("name", room.name().resolve(language));
        ld.text("disambiguatingDescription", marker(room.provenance(), false));
        if (room.capacity().isPresent()) {
            ld.json().writeNumberProperty("maximumAttendeeCapacity", room.capacity().getAsInt());
        }
        ld.ref("containedInPlace", iris.of("venue", venue.id()));
        ld.end();
    }

    private void ministry(Ministry ministry) {
        ld.startNode("GovernmentOrganization", iris.of("ministry", ministry.id()));
        ld.text("name", ministry.name().resolve(language));
        ld.text("alternateName", ministry.acronym().orElse(""));
        ld.text("disambiguatingDescription", marker(ministry.provenance(), false));
        ld.address(Optional.empty(), Optional.of(ministry.country().code()));
        ld.startBlank("areaServed", "Country");
        ld.text("name", ministry.country().name().resolve(language));
        ld.text("identifier", ministry.country().code());
        ld.end();
        ld.end();
    }

    private void person(Official official) {
        ld.startNode("Person", iris.of("person", official.id()));
        ld.text("name", official.fullName());
        ld.text("honorificPrefix", official.honorific());
        ld.text("jobTitle", official.postTitle().resolve(language));
        ld.text("disambiguatingDescription", marker(official.provenance(), false));
        official.ministry().ifPresent(m -> ld.ref("affiliation", iris.of("ministry", m)));
        ld.end();
    }

    /**
     * @return the marker of what is not plain fact, e.g. {@code [illustrative: the source gives no
     *         time]} or {@code [provisoire]}; empty for a reported, confirmed item
     */
    private String marker(Provenance provenance, boolean tentative) {
        boolean french = language.french();
        StringBuilder text = new StringBuilder();
        if (tentative) {
            text.append(french ? "[provisoire]" : "[tentative]");
        }
        if (provenance instanceof Provenance.Illustrative illustrative) {
            text.append(text.isEmpty() ? "" : " ").append(french ? "[illustratif : " : "[illustrative: ")
                    .append(illustrative.note().resolve(language)).append(']');
        }
        return text.toString();
    }
}
