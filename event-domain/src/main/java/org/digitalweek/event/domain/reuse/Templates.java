package org.digitalweek.event.domain.reuse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionOrigin;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.Venue;

/** How the parts of a source edition become templates of its clone; the rules are on {@link EditionCloner}. */
final class Templates {

    private Templates() {
    }

    /**
     * The source's sessions that take place, shifted by {@code days}, unconfirmed and without people;
     * a title that names the source edition by its number names the clone's {@code number} instead.
     */
    static List<Session> sessions(PublicEdition source, long days, int number) {
        return source.sessions().stream()
                .filter(s -> !s.isCancelled())
                .map(s -> session(source, s, days, number))
                .toList();
    }

    private static Session session(PublicEdition source, Session s, long days, int number) {
        TimeSlot slot = new TimeSlot(s.slot().start().plusDays(days), s.slot().end().plusDays(days));
        EditionId edition = source.id();
        LocalizedText title = TitleOrdinals.renumberedEditionMentions(s.title(), source.number(), number);
        return new Session(s.id(), s.type(), title, s.summary(), s.track(), slot, s.room(), List.of(),
                s.languages(), SessionStatus.TENTATIVE, s.expectedAttendance(), List.of(), s.provenance(),
                s.parallelAllowed(), Optional.of(new SessionOrigin(edition, s.id())));
    }

    /** The source's venues; illustrative, with a note, when the clone is hosted elsewhere. */
    static List<Venue> venues(PublicEdition source, Optional<String> city, Optional<Country> country) {
        if (sameHost(source, city, country)) {
            return source.venues();
        }
        Provenance carried = Provenance.illustrative(LocalizedText.frEn(
                "Repris de l'édition " + source.id() + " : à confirmer ou à remplacer par un lieu "
                        + city.map(c -> "à " + c).orElse("de la ville hôte") + ".",
                "Carried over from edition " + source.id() + ": to be confirmed or replaced by a venue in "
                        + city.orElse("the host city") + "."));
        return source.venues().stream().map(v -> template(v, carried)).toList();
    }

    /** Same country and same city, ignoring case and surrounding spaces ("Bamako" is "bamako "). */
    private static boolean sameHost(PublicEdition source, Optional<String> city, Optional<Country> country) {
        return source.hostCountry().equals(country)
                && source.hostCity().map(Templates::normalized).equals(city.map(Templates::normalized));
    }

    private static String normalized(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }

    private static Venue template(Venue v, Provenance carried) {
        List<Room> rooms = v.rooms().stream()
                .map(r -> new Room(r.id(), r.name(), r.capacity(), r.sharedSpace(), carried))
                .toList();
        return new Venue(v.id(), v.name(), v.shortName(), v.city(), v.country(), rooms, carried);
    }
}
