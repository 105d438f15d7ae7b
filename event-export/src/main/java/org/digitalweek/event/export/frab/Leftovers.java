package org.digitalweek.event.export.frab;

import java.util.function.Supplier;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.Repairs;

/**
 * What the reader met and did not keep: elements and attributes the model has no place for,
 * elements it does not know, text between elements. Each kind is said once, at its first place, with
 * the number of times it was met, so that 773 events with links make one warning, not 773. A place
 * is written, and a message worded, only when the warning shows it.
 */
final class Leftovers {

    private final Repairs repairs;

    /** @param repairs where the warnings go */
    Leftovers(Repairs repairs) {
        this.repairs = repairs;
    }

    /**
     * @param element an element of the format that the model does not keep, e.g. {@code links}
     * @param place   where it is
     */
    void notKept(String element, Supplier<DocumentPlace> place) {
        repairs.addRepeated("not kept <" + element + ">", place,
                () -> "<" + element + "> non conservé : le modèle n'a pas cette donnée",
                () -> "<" + element + "> not kept: the model has no place for it");
    }

    /**
     * @param attribute an attribute that the model does not keep, e.g. {@code guid}
     * @param element   the element that has it
     * @param place     where
     */
    void attributeNotKept(String attribute, String element, Supplier<DocumentPlace> place) {
        repairs.addRepeated("not kept " + element + "@" + attribute, place,
                () -> "attribut " + attribute + " de <" + element + "> non conservé",
                () -> "attribute " + attribute + " of <" + element + "> not kept");
    }

    /**
     * @param element an element the format does not have there
     * @param parent  the element that holds it
     * @param place   where
     */
    void unknown(String element, String parent, Supplier<DocumentPlace> place) {
        repairs.addRepeated("unknown <" + element + "> in <" + parent + ">", place,
                () -> "élément inconnu <" + element + "> dans <" + parent + "> ignoré",
                () -> "unknown element <" + element + "> in <" + parent + "> skipped");
    }

    /**
     * @param element markup found inside a text value
     * @param parent  the element whose value it is
     * @param place   where
     */
    void markupInText(String element, String parent, Supplier<DocumentPlace> place) {
        repairs.addRepeated("markup <" + element + "> in <" + parent + ">", place,
                () -> "balise <" + element + "> dans la valeur de <" + parent + "> ignorée, avec son texte",
                () -> "markup <" + element + "> inside the value of <" + parent + "> skipped, with its text");
    }

    /**
     * @param parent an element that holds elements, not text
     * @param place  where the text is
     */
    void strayText(String parent, Supplier<DocumentPlace> place) {
        repairs.addRepeated("text in <" + parent + ">", place,
                () -> "texte directement dans <" + parent + "> ignoré",
                () -> "text directly inside <" + parent + "> skipped");
    }
}
