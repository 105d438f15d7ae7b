package org.digitalweek.event.export.communique;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.digitalweek.event.domain.model.SessionType;

/**
 * The communiqué in French. Names of the model come without their article (« Semaine du Numérique
 * au Mali », « Premier ministre »), so the article is chosen from the first word with a small
 * lexicon of the field; an unknown word gets no article rather than a wrong one.
 */
final class FrenchWording implements Wording {

    private static final String NBSP = "\u00A0";
    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter WEEKDAY_MONTH = DateTimeFormatter.ofPattern("EEEE", FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", FRENCH);

    private static final Set<String> FEMININE = Set.of("semaine", "salle", "journée", "cérémonie", "conférence",
            "primature", "présidence", "agence", "direction", "maison", "commission", "cour", "assemblée", "foire",
            "rencontre", "quinzaine", "confédération", "cellule", "délégation", "mission");
    private static final Set<String> MASCULINE = Set.of("ministère", "centre", "palais", "forum", "salon", "sommet",
            "festival", "premier", "président", "conseil", "secrétariat", "bureau", "gouvernement", "chef",
            "ministre", "auditorium", "amphithéâtre", "pavillon", "espace", "hall");
    private static final Set<String> PLURAL = Set.of("journées", "rencontres", "assises", "états");

    private static final Map<SessionType, String[]> LABELS = Map.of(
            SessionType.OPENING_CEREMONY, new String[] {"cérémonie d'ouverture", "cérémonies d'ouverture"},
            SessionType.CLOSING_CEREMONY, new String[] {"cérémonie de clôture", "cérémonies de clôture"},
            SessionType.KEYNOTE, new String[] {"conférence plénière", "conférences plénières"},
            SessionType.PANEL, new String[] {"panel", "panels"},
            SessionType.MASTERCLASS, new String[] {"masterclass", "masterclasses"},
            SessionType.TRAINING, new String[] {"formation", "formations"},
            SessionType.WORKSHOP, new String[] {"atelier", "ateliers"},
            SessionType.EXHIBITION, new String[] {"exposition", "expositions"},
            SessionType.BREAK, new String[] {"pause", "pauses"},
            SessionType.OTHER, new String[] {"autre activité", "autres activités"});

    @Override
    public String tag() {
        return "fr";
    }

    @Override
    public String kicker() {
        return "COMMUNIQUÉ DE PRESSE";
    }

    @Override
    public String themeLine(String theme) {
        return "Thème" + NBSP + ":" + NBSP + quoted(theme);
    }

    @Override
    public String opened(int ordinal, String series, String day, String times, String place) {
        return "La " + ordinal(ordinal) + " édition " + de(series) + " a été officiellement lancée le " + day
                + (times.isEmpty() ? "" : ", " + times) + (place.isEmpty() ? "" : ", " + place) + ".";
    }

    @Override
    public String held(int ordinal, String series, Optional<String> city) {
        return "La " + ordinal(ordinal) + " édition " + de(series) + " se tient" + city.map(c -> " à " + c).orElse("")
                + ".";
    }

    @Override
    public String place(Optional<String> city, String room, String venue) {
        List<String> where = new ArrayList<>();
        city.ifPresent(c -> where.add("à " + c));
        if (!room.isEmpty()) {
            where.add("dans " + article(room) + room + (venue.isEmpty() ? "" : " " + de(venue)));
        } else if (!venue.isEmpty()) {
            where.add(at(venue));
        }
        return String.join(", ", where);
    }

    @Override
    public String presided(List<Person> presiding, List<Person> presence) {
        StringBuilder s = new StringBuilder("La cérémonie ");
        if (!presiding.isEmpty()) {
            s.append("était présidée par ").append(join(presiding.stream().map(this::person).toList(), "", " et "));
            if (!presence.isEmpty()) {
                s.append(", ");
            }
        } else {
            s.append("s'est tenue ");
        }
        if (!presence.isEmpty()) {
            s.append("en présence ").append(join(presence.stream().map(this::person).toList(), "de ", " et "));
        }
        return s.append('.').toString();
    }

    @Override
    public String theme(String theme) {
        return "Cette édition a pour thème " + quoted(theme) + ".";
    }

    @Override
    public String patronage(List<Patron> patrons) {
        List<String> each = new ArrayList<>();
        for (Patron p : patrons) {
            each.add(p.official().map(o -> "de " + person(o) + " (" + p.ministry() + ")").orElse(de(p.ministry())));
        }
        return "Elle est placée sous le haut parrainage " + String.join(" et ", each) + ".";
    }

    @Override
    public String quotationsHeading() {
        return "Extraits des allocutions" + NBSP + ":";
    }

    @Override
    public String quotation(String text, String language, Person speaker) {
        return quoted(text) + (language.isEmpty() ? "" : " (en " + language + ")") + ", a déclaré " + person(speaker)
                + ".";
    }

    @Override
    public String languageName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(FRENCH);
    }

    @Override
    public String programmeHeading(Optional<String> lastDay) {
        return lastDay.map(d -> "Les activités se poursuivent jusqu'au " + d + ". ").orElse("")
                + "Au programme" + NBSP + ":";
    }

    @Override
    public String typeLabel(SessionType type, int count) {
        return LABELS.get(type)[count > 1 ? 1 : 0];
    }

    @Override
    public String highlight(String label, int count, List<String> titles) {
        String head = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String list = String.join(" ; ", titles);
        return count > titles.size() ? head + " (" + count + "), dont" + NBSP + ":" + NBSP + list + "."
                : head + NBSP + ":" + NBSP + list + ".";
    }

    @Override
    public String titles(List<String> titles) {
        return String.join(" ; ", titles) + ".";
    }

    @Override
    public String date(LocalDate day) {
        return WEEKDAY_MONTH.format(day) + " " + shortDay(day) + " " + MONTH.format(day) + " " + day.getYear();
    }

    @Override
    public String shortDate(LocalDate day) {
        return WEEKDAY_MONTH.format(day) + " " + shortDay(day) + " " + MONTH.format(day);
    }

    @Override
    public String hours(LocalTime start, LocalTime end) {
        return "de " + hour(start) + " à " + hour(end);
    }

    @Override
    public String dateline(Optional<String> city, LocalDate day) {
        return "Fait" + city.map(c -> " à " + c + ",").orElse("") + " le " + shortDay(day) + " " + MONTH.format(day)
                + " " + day.getYear() + ".";
    }

    @Override
    public String end() {
        return "– Fin du communiqué –";
    }

    @Override
    public String notesHeading() {
        return "Notes aux rédactions (faits illustratifs)" + NBSP + ":";
    }

    private String person(Person p) {
        StringBuilder s = new StringBuilder(p.name());
        if (!p.post().isEmpty()) {
            s.append(", ").append(p.post());
        }
        if (!p.country().isEmpty()) {
            s.append(" (").append(p.country()).append(')');
        }
        p.onBehalfOf().ifPresent(a -> s.append(", au nom ").append(de(a)));
        return s.toString();
    }

    private static String quoted(String text) {
        return "«" + NBSP + text + NBSP + "»";
    }

    private static String ordinal(int n) {
        return n == 1 ? "1re" : n + "e";
    }

    private static String shortDay(LocalDate day) {
        return day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth());
    }

    private static String hour(LocalTime t) {
        return t.getHour() + NBSP + "h" + (t.getMinute() == 0 ? "" : String.format(Locale.ROOT, " %02d", t.getMinute()));
    }

    /** The list as « a, b et c », each item after {@code prefix} (« de a, de b et de c »). */
    private static String join(List<String> items, String prefix, String last) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                s.append(i == items.size() - 1 ? last : ", ");
            }
            s.append(prefix).append(items.get(i));
        }
        return s.toString();
    }

    /** @return « du X », « de la X », « de l'X », « des X », or « de X » when the first word is unknown */
    static String de(String name) {
        String article = article(name);
        return switch (article) {
            case "le " -> "du " + name;
            case "les " -> "des " + name;
            default -> "de " + article + name;
        };
    }

    /** @return « au X », « à la X », « à l'X », « aux X », or « à X » when the first word is unknown */
    static String at(String name) {
        String article = article(name);
        return switch (article) {
            case "le " -> "au " + name;
            case "les " -> "aux " + name;
            default -> "à " + article + name;
        };
    }

    /** @return the definite article of a name, with its space, or the empty string when unknown */
    static String article(String name) {
        String first = name.split("[ '’]", 2)[0].toLowerCase(FRENCH);
        if (PLURAL.contains(first)) {
            return "les ";
        }
        if (!FEMININE.contains(first) && !MASCULINE.contains(first)) {
            return "";
        }
        if ("aeiouyéèêâîô".indexOf(first.charAt(0)) >= 0) {
            return "l'";
        }
        return FEMININE.contains(first) ? "la " : "le ";
    }
}
