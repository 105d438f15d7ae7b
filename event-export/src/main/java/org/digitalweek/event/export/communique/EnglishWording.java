package org.digitalweek.event.export.communique;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.SessionType;

/** The communiqué in English, for every language but French. */
final class EnglishWording implements Wording {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final Map<SessionType, String[]> LABELS = Map.of(
            SessionType.OPENING_CEREMONY, new String[] {"opening ceremony", "opening ceremonies"},
            SessionType.CLOSING_CEREMONY, new String[] {"closing ceremony", "closing ceremonies"},
            SessionType.KEYNOTE, new String[] {"keynote address", "keynote addresses"},
            SessionType.PANEL, new String[] {"panel", "panels"},
            SessionType.MASTERCLASS, new String[] {"masterclass", "masterclasses"},
            SessionType.TRAINING, new String[] {"training", "trainings"},
            SessionType.WORKSHOP, new String[] {"workshop", "workshops"},
            SessionType.EXHIBITION, new String[] {"exhibition", "exhibitions"},
            SessionType.BREAK, new String[] {"break", "breaks"},
            SessionType.OTHER, new String[] {"other event", "other events"});

    @Override
    public String tag() {
        return "en";
    }

    @Override
    public String kicker() {
        return "PRESS RELEASE";
    }

    @Override
    public String themeLine(String theme) {
        return "Theme: " + quoted(theme);
    }

    @Override
    public String opened(int ordinal, String series, String day, String times, String place) {
        return "The " + ordinal(ordinal) + " edition of the " + series + " was officially opened on " + day
                + (times.isEmpty() ? "" : ", " + times) + (place.isEmpty() ? "" : ", " + place) + ".";
    }

    @Override
    public String held(int ordinal, String series, Optional<String> city) {
        return "The " + ordinal(ordinal) + " edition of the " + series + " is being held"
                + city.map(c -> " in " + c).orElse("") + ".";
    }

    @Override
    public String place(Optional<String> city, String room, String venue) {
        List<String> where = new ArrayList<>();
        city.ifPresent(c -> where.add("in " + c));
        if (!room.isEmpty()) {
            where.add("in the " + room + (venue.isEmpty() ? "" : " of the " + venue));
        } else if (!venue.isEmpty()) {
            where.add("at the " + venue);
        }
        return String.join(", ", where);
    }

    @Override
    public String presided(List<Person> presiding, List<Person> presence) {
        StringBuilder s = new StringBuilder("The ceremony ");
        if (!presiding.isEmpty()) {
            s.append("was presided over by ").append(join(presiding.stream().map(this::person).toList()));
            if (!presence.isEmpty()) {
                s.append(", ");
            }
        } else {
            s.append("took place ");
        }
        if (!presence.isEmpty()) {
            s.append("in the presence of ").append(join(presence.stream().map(this::person).toList()));
        }
        return s.append('.').toString();
    }

    @Override
    public String theme(String theme) {
        return "The theme of this edition is " + quoted(theme) + ".";
    }

    @Override
    public String patronage(List<Patron> patrons) {
        List<String> each = new ArrayList<>();
        for (Patron p : patrons) {
            each.add(p.official().map(o -> person(o) + " (" + p.ministry() + ")").orElse("the " + p.ministry()));
        }
        return "It is held under the patronage of " + String.join(" and ", each) + ".";
    }

    @Override
    public String quotationsHeading() {
        return "From the addresses:";
    }

    @Override
    public String quotation(String text, String language, Person speaker) {
        return quoted(text) + (language.isEmpty() ? "" : " (in " + language + ")") + ", said " + person(speaker) + ".";
    }

    @Override
    public String languageName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }

    @Override
    public String programmeHeading(Optional<String> lastDay) {
        return lastDay.map(d -> "Activities continue until " + d + ". ").orElse("") + "On the programme:";
    }

    @Override
    public String typeLabel(SessionType type, int count) {
        return LABELS.get(type)[count > 1 ? 1 : 0];
    }

    @Override
    public String highlight(String label, int count, List<String> titles) {
        String head = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String list = String.join("; ", titles);
        return count > titles.size() ? head + " (" + count + "), including: " + list + "." : head + ": " + list + ".";
    }

    @Override
    public String titles(List<String> titles) {
        return String.join("; ", titles) + ".";
    }

    @Override
    public String date(LocalDate day) {
        return FULL.format(day);
    }

    @Override
    public String shortDate(LocalDate day) {
        return SHORT.format(day);
    }

    @Override
    public String hours(LocalTime start, LocalTime end) {
        return "from " + TIME.format(start) + " to " + TIME.format(end);
    }

    @Override
    public String dateline(Optional<String> city, LocalDate day) {
        return city.map(c -> c + ", ").orElse("") + DAY.format(day) + ".";
    }

    @Override
    public String end() {
        return "– End of press release –";
    }

    @Override
    public String notesHeading() {
        return "Notes to editors (illustrative facts):";
    }

    private String person(Person p) {
        StringBuilder s = new StringBuilder(p.name());
        if (!p.post().isEmpty()) {
            s.append(", ").append(p.post());
        }
        if (!p.country().isEmpty()) {
            s.append(" (").append(p.country()).append(')');
        }
        p.onBehalfOf().ifPresent(a -> s.append(", on behalf of the ").append(a));
        return s.toString();
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The list as "a, b and c". */
    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
