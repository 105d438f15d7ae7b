package org.digitalweek.event.export.frabjson;

import java.util.Set;

/** The kinds of object of a JSON schedule, named in messages in English and French. */
final class Kinds {

    private Kinds() {
    }

    /**
     * @param kind a kind of object: {@code event}
     * @return it with its article, in English: {@code an event}, {@code the conference}
     */
    static String english(String kind) {
        if (Set.of("conference", "schedule", "document", "defaults").contains(kind)) {
            return "the " + kind;
        }
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /**
     * @param kind a kind of object: {@code event}
     * @return "of" it, in French: {@code d'un événement}, {@code de la conférence}
     */
    static String french(String kind) {
        return switch (kind) {
            case "event" -> "d'un événement";
            case "person", "participant" -> "d'une personne";
            case "room" -> "d'une salle";
            case "day" -> "d'un jour";
            case "track" -> "d'un parcours";
            case "conference" -> "de la conférence";
            case "schedule" -> "du programme";
            case "building" -> "d'un bâtiment";
            case "defaults" -> "des valeurs par défaut";
            case "translation" -> "d'une traduction";
            default -> "du document";
        };
    }
}
