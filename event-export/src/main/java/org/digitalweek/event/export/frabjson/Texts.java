package org.digitalweek.event.export.frabjson;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.Repairs;

/** Texts of the conference that the model holds in a narrower place. */
final class Texts {

    private Texts() {
    }

    /**
     * @param description the conference's description, if any
     * @param place       where it is
     * @param repairs     where to say what was left
     * @return its first paragraph, the edition's theme; null when there is none. A longer
     *         description is cut there, and that is said: a theme is a title, not an essay
     */
    static String theme(String description, DocumentPlace place, Repairs repairs) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String[] paragraphs = description.strip().split("\\R\\s*\\R", 2);
        if (paragraphs.length > 1) {
            repairs.add(place, "seul le premier paragraphe de la description devient le thème",
                    "only the first paragraph of the description kept, as the theme");
        }
        return paragraphs[0].strip();
    }
}
