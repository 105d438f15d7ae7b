package org.digitalweek.event.export.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import biweekly.component.ICalComponent;
import biweekly.component.VEvent;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.Role;
import biweekly.property.Attachment;
import biweekly.property.Attendee;
import biweekly.property.Categories;
import biweekly.property.Conference;
import biweekly.property.RawProperty;
import biweekly.property.TextProperty;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.export.schedule.EntryLink;
import org.digitalweek.event.export.schedule.EntryPerson;
import org.digitalweek.event.export.schedule.EntryTime;
import org.digitalweek.event.export.schedule.Repairs;
import org.digitalweek.event.export.schedule.ScheduleEntry;

/**
 * Turns one {@code VEVENT} into a schedule entry: {@code UID} is the guid, {@code SUMMARY} the title,
 * {@code DESCRIPTION} the abstract, {@code LOCATION} the room, the first of the {@code CATEGORIES}
 * the track, {@code ATTENDEE}s the participants (each person is their cal-address and their
 * {@code CN}), {@code STATUS:CANCELLED} a cancellation, {@code URL} the session's page and
 * {@code ATTACH} and {@code CONFERENCE} its links ({@link EventLinks}). {@code ORGANIZER} and
 * {@code CONTACT} name who runs or answers for the event, not who takes part in it, and are not kept. A
 * calendar this project wrote is read back as {@link OwnCalendars} says. What the entry does not
 * keep is said once per property or component name, with the number of events.
 */
final class EventReader {

    /** The properties read. */
    private static final Set<String> READ = Set.of("UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION",
            "LOCATION", "CATEGORIES", "STATUS", "ATTENDEE", "RRULE", "RDATE", "RECURRENCE-ID", "URL", "ATTACH",
            "CONFERENCE", EventUids.SESSION);
    /** The properties that describe the calendar entry, not the session: skipped without a word. */
    private static final Set<String> BOOKKEEPING = Set.of("DTSTAMP", "SEQUENCE", "CREATED", "LAST-MODIFIED");
    /** The properties that shape a recurrence, covered by the warning on recurring events. */
    private static final Set<String> RECURRENCE = Set.of("EXDATE", "EXRULE");
    /** The properties an event has once. */
    private static final Set<String> SINGLE = Set.of("UID", "DTSTART", "DTEND", "DURATION", "SUMMARY",
            "DESCRIPTION", "LOCATION", "STATUS", "RECURRENCE-ID", "URL");

    /**
     * An entry, with what a calendar this project wrote says about its edition, and the source's guid
     * its UID is: null when this project minted the UID ({@link EventUids#minted}).
     */
    record Read(ScheduleEntry entry, OwnCalendars.Place place, String editionId, String typeLanguage,
                String sourceGuid) {
    }

    private final boolean own;
    private final boolean calendarCancels;
    private final EventTimes times;
    private final Repairs repairs;

    /**
     * @param own             whether this project wrote the calendar
     * @param calendarCancels whether the calendar's {@code METHOD} is {@code CANCEL}
     * @param times           reads the events' times
     * @param repairs         where repairs go
     */
    EventReader(boolean own, boolean calendarCancels, EventTimes times, Repairs repairs) {
        this.own = own;
        this.calendarCancels = calendarCancels;
        this.times = times;
        this.repairs = repairs;
    }

    /**
     * @param event   an event
     * @param outline where it is in the text
     * @return the entry; its time is null when it cannot be read (a problem is then recorded)
     */
    Read read(VEvent event, Outline outline) {
        ignored(outline);
        DocumentPlace place = CalendarPlaces.of(outline.line(), outline);
        if (outline.properties().containsKey("RRULE") || outline.properties().containsKey("RDATE")) {
            repairs.addRepeated("recurring", place, "événement récurrent (RRULE, RDATE) : seule la première "
                    + "occurrence est gardée", "recurring event (RRULE, RDATE): only the first occurrence is kept");
        }
        EntryTime time = times.of(event, outline);
        String uid = text(event.getUid());
        Optional<OwnCalendars.Ids> ids = OwnCalendars.ids(uid);
        RawProperty named = own ? event.getExperimentalProperty(EventUids.SESSION) : null;
        String session = named == null || named.getValue() == null || named.getValue().isBlank() ? null
                : named.getValue().strip();
        String guid = session != null ? session : ids.map(OwnCalendars.Ids::session).orElse(uid);
        String sourceId = uid == null || uid.indexOf('@') < 1 ? null : uid.substring(0, uid.indexOf('@'));
        Kinds kinds = kinds(event, outline);
        String location = text(event.getLocation());
        OwnCalendars.Place where = location == null ? new OwnCalendars.Place(null, null, null)
                : own ? OwnCalendars.place(location) : new OwnCalendars.Place(location, null, null);
        List<EntryPerson> persons = new ArrayList<>();
        String summary = summary(text(event.getDescription()), outline, persons);
        persons.addAll(attendees(event, outline));
        ScheduleEntry entry = new ScheduleEntry(place, sourceId, guid,
                text(event.getSummary()), null, summary, null, event.getSummary() == null ? null
                : event.getSummary().getLanguage(), kinds.type(), kinds.track(), where.room(), time, persons,
                cancelled(event, outline), Map.of(), text(event.getUrl()), links(event, outline), null);
        return new Read(entry, where, ids.map(OwnCalendars.Ids::edition).orElse(null), kinds.typeLanguage(),
                ids.isPresent() ? null : uid);
    }

    /** A session type (the model's word, for the builder), the language its name was in, and a track. */
    private record Kinds(String type, String typeLanguage, String track) {
    }

    /** In a calendar this project wrote, the first category names the type; the first other one is the track. */
    private Kinds kinds(VEvent event, Outline outline) {
        List<String> categories = categories(event);
        Optional<SessionType> type = own && !categories.isEmpty() ? OwnCalendars.type(categories.get(0))
                : Optional.empty();
        String language = type.flatMap(t -> OwnCalendars.languageOf(categories.get(0))).orElse(null);
        List<String> tracks = type.isPresent() ? categories.subList(1, categories.size()) : categories;
        if (tracks.size() > 1) {
            repairs.addRepeated("categories", CalendarPlaces.of(outline.lineOf("CATEGORIES"), outline),
                    "seule la première catégorie est gardée, comme thème",
                    "only the first category is kept, as the track");
        }
        return new Kinds(type.map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null), language,
                tracks.isEmpty() ? null : tracks.get(0));
    }

    /** The abstract; in a calendar this project wrote, less the participants it lists, which go to {@code persons}. */
    private String summary(String description, Outline outline, List<EntryPerson> persons) {
        if (!own || description == null) {
            return description;
        }
        OwnCalendars.People people = OwnCalendars.people(description);
        persons.addAll(people.persons());
        for (String mandate : people.mandates()) {
            repairs.addRepeated("mandate " + mandate, CalendarPlaces.of(outline.lineOf("DESCRIPTION"), outline),
                    "mandat d'un participant non gardé (« " + mandate + " »)",
                    "a participant's mandate is not kept ('" + mandate + "')");
        }
        return people.rest();
    }

    private boolean cancelled(VEvent event, Outline outline) {
        String status = text(event.getStatus());
        String word = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        if (word.equals("TENTATIVE")) {
            repairs.addRepeated("tentative", CalendarPlaces.of(outline.lineOf("STATUS"), outline),
                    "STATUS:TENTATIVE lu comme confirmé : un import ne garde que l'annulation",
                    "STATUS:TENTATIVE read as confirmed: an import keeps cancellations only");
        } else if (!word.isEmpty() && !word.equals("CONFIRMED") && !word.equals("CANCELLED")) {
            repairs.addRepeated("status " + word, CalendarPlaces.of(outline.lineOf("STATUS"), outline),
                    "STATUS:" + word + " inconnu, lu comme confirmé", "unknown STATUS:" + word + " read as confirmed");
        }
        return calendarCancels || word.equals("CANCELLED");
    }

    /**
     * The links: each {@code CONFERENCE} and {@code ATTACH} whose value is an address, with its title
     * and kind as {@link EventLinks} writes them; an attached file inlined in the calendar is said and
     * skipped. The addresses are checked later, with the other entries'.
     */
    private List<EntryLink> links(VEvent event, Outline outline) {
        List<EntryLink> links = new ArrayList<>();
        for (Conference conference : event.getConferences()) {
            if (conference.getUri() != null) {
                links.add(new EntryLink(conference.getUri(), EventLinks.title(conference).orElse(null),
                        EventLinks.kind(conference, LinkKind.LIVESTREAM)));
            }
        }
        for (Attachment attachment : event.getAttachments()) {
            if (attachment.getUri() == null) {
                repairs.addRepeated("binary ATTACH", CalendarPlaces.of(outline.lineOf("ATTACH"), outline),
                        "fichier joint inclus dans le calendrier (ATTACH binaire) ignoré : seule une adresse est "
                                + "gardée", "file attached inside the calendar (binary ATTACH) ignored: only an "
                                + "address is kept");
                continue;
            }
            links.add(new EntryLink(attachment.getUri(), EventLinks.title(attachment).orElse(null),
                    EventLinks.kind(attachment, LinkKind.ATTACHMENT)));
        }
        return links;
    }

    private List<EntryPerson> attendees(VEvent event, Outline outline) {
        List<EntryPerson> persons = new ArrayList<>();
        for (Attendee attendee : event.getAttendees()) {
            DocumentPlace at = CalendarPlaces.of(outline.lineOf("ATTENDEE"), outline);
            CalendarUserType kind = attendee.getCalendarUserType();
            if (kind == CalendarUserType.ROOM || kind == CalendarUserType.RESOURCE) {
                repairs.addRepeated("attendee " + kind, at, "ATTENDEE de type " + kind + " ignoré",
                        "ATTENDEE of type " + kind + " ignored");
                continue;
            }
            String name = firstOf(attendee.getCommonName(), attendee.getEmail(), attendee.getUri());
            if (name == null) {
                repairs.addRepeated("attendee without name", at, "ATTENDEE sans nom ignoré",
                        "ATTENDEE without a name ignored");
                continue;
            }
            repairs.addRepeated("attendee", at, "ATTENDEE lu comme participant : intervenant, ou présidence "
                    + "pour ROLE=CHAIR", "ATTENDEE read as a participant: a speaker, or presides for ROLE=CHAIR");
            String role = attendee.getRole() == Role.CHAIR ? "chair" : "speaker";
            persons.add(new EntryPerson(address(attendee), name, role));
        }
        return persons;
    }

    /**
     * The attendee's cal-address, which identifies them as a {@code <person id>} does in frab: a
     * {@code mailto:} address in lower case (mail hosts ignore case), else the URI; null when none.
     */
    private static String address(Attendee attendee) {
        String email = firstOf(attendee.getEmail());
        return email != null ? "mailto:" + email.toLowerCase(Locale.ROOT) : firstOf(attendee.getUri());
    }

    private void ignored(Outline outline) {
        boolean recurring = outline.properties().containsKey("RRULE") || outline.properties().containsKey("RDATE");
        for (Map.Entry<String, Outline.Occurrences> property : outline.properties().entrySet()) {
            String name = property.getKey();
            DocumentPlace at = CalendarPlaces.of(property.getValue().firstLine(), outline);
            if (!READ.contains(name) && !BOOKKEEPING.contains(name) && !(recurring && RECURRENCE.contains(name))) {
                repairs.addRepeated("property " + name, at, "propriété " + name + " ignorée",
                        "property " + name + " ignored");
            } else if (SINGLE.contains(name) && property.getValue().count() > 1) {
                repairs.addRepeated("several " + name, at, "plusieurs " + name + " : seule la première est gardée",
                        "several " + name + ": only the first is kept");
            }
        }
        for (Outline child : outline.children()) {
            repairs.addRepeated("component " + child.name(), CalendarPlaces.of(child.line(), child),
                    "composant " + child.name() + " ignoré", "component " + child.name() + " ignored");
        }
    }

    private static List<String> categories(ICalComponent event) {
        List<String> names = new ArrayList<>();
        for (Categories categories : event.getProperties(Categories.class)) {
            categories.getValues().stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                    .forEach(names::add);
        }
        return names;
    }

    private static String text(TextProperty property) {
        return property == null || property.getValue() == null || property.getValue().isBlank() ? null
                : property.getValue();
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
