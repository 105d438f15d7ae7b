package org.digitalweek.event.domain.diff;

import java.util.Locale;
import java.util.Optional;

import org.digitalweek.event.domain.language.ReaderLanguage;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.ParticipantRole;

/** The words and punctuation of {@link DiffText}, in French and in English. */
enum DiffWords {

    FRENCH {
        @Override
        String noChanges() {
            return "Aucun changement.";
        }

        @Override
        String quote(String text) {
            return "« " + text + " »";
        }

        @Override
        String quoteId(String id) {
            return quote(id);
        }

        @Override
        String colon() {
            return " : ";
        }

        @Override
        String separator() {
            return " ; ";
        }

        @Override
        String place(Optional<String> room) {
            return room.map(r -> ", " + quote(r)).orElse(", sans salle");
        }

        @Override
        String heading(Heading heading) {
            return switch (heading) {
                case ADDED -> "Ajoutée";
                case REMOVED -> "Retirée";
                case CANCELLED -> "Annulée";
                case REINSTATED -> "Rétablie";
                case MOVED -> "Déplacée";
                case RETITLED -> "Renommée";
                case PARTICIPANTS -> "Participants modifiés";
                case DETAILS -> "Détails modifiés";
            };
        }

        @Override
        String people(Kind kind) {
            return switch (kind) {
                case ADDED -> "ajoutés ";
                case REMOVED -> "retirés ";
                case CHANGED -> "ordre de parole ";
            };
        }

        @Override
        String changedPeople() {
            return "modifiés ";
        }


        @Override
        String onBehalfOf() {
            return "au nom de";
        }

        @Override
        String noun(Part part) {
            return switch (part) {
                case EDITION -> "Édition";
                case THEME -> "Thème";
                case TRACK -> "Piste";
                case VENUE -> "Lieu";
                case ROOM -> "Salle";
                case MINISTRY -> "Ministère";
                case PARTICIPATION -> "Participation";
                case OFFICIAL -> "Personnalité";
            };
        }

        @Override
        String participle(Part part, Kind kind) {
            String masculine = switch (kind) {
                case ADDED -> "ajouté";
                case REMOVED -> "retiré";
                case CHANGED -> "modifié";
            };
            boolean feminine = part != Part.THEME && part != Part.VENUE && part != Part.MINISTRY;
            return feminine ? masculine + "e" : masculine;
        }
    },

    ENGLISH {
        @Override
        String noChanges() {
            return "No changes.";
        }

        @Override
        String quote(String text) {
            return "'" + text + "'";
        }

        @Override
        String quoteId(String id) {
            return "'" + id + "'";
        }

        @Override
        String colon() {
            return ": ";
        }

        @Override
        String separator() {
            return "; ";
        }

        @Override
        String place(Optional<String> room) {
            return room.map(r -> " in " + quote(r)).orElse(", no room");
        }

        @Override
        String heading(Heading heading) {
            return switch (heading) {
                case ADDED -> "Added";
                case REMOVED -> "Removed";
                case CANCELLED -> "Cancelled";
                case REINSTATED -> "Reinstated";
                case MOVED -> "Moved";
                case RETITLED -> "Retitled";
                case PARTICIPANTS -> "Participants changed";
                case DETAILS -> "Details changed";
            };
        }

        @Override
        String people(Kind kind) {
            return switch (kind) {
                case ADDED -> "added ";
                case REMOVED -> "removed ";
                case CHANGED -> "speaking order ";
            };
        }

        @Override
        String changedPeople() {
            return "changed ";
        }


        @Override
        String onBehalfOf() {
            return "on behalf of";
        }

        @Override
        String noun(Part part) {
            String name = part.name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        @Override
        String participle(Part part, Kind kind) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
    };

    /** The kinds of session line, one per kind of {@link SessionChange}. */
    enum Heading { ADDED, REMOVED, CANCELLED, REINSTATED, MOVED, RETITLED, PARTICIPANTS, DETAILS }

    /**
     * @param reader the reader's language, as the policy decides it
     * @return the words in the language of the library's own words
     */
    static DiffWords of(ReaderLanguage reader) {
        return reader.pick(FRENCH, ENGLISH);
    }

    /** @return the whole text of an empty diff, without its line end */
    abstract String noChanges();

    /** @return a title or a name between the language's quotation marks: « x » in French, 'x' in English */
    abstract String quote(String text);

    /** @return an id between quotation marks */
    abstract String quoteId(String id);

    /** @return the colon, with the spaces the language puts around it */
    abstract String colon();

    /** @return what separates the parts of a line */
    abstract String separator();

    /** @return where a session is, to follow its time: the room's name, or its absence */
    abstract String place(Optional<String> room);

    /** @return the words that open a session line */
    abstract String heading(Heading heading);

    /** @return the words before the participants added, removed, or in their new order ({@code CHANGED}) */
    abstract String people(Kind kind);

    /** @return the words before the people whose own record changed (a name spelt anew, say) */
    abstract String changedPeople();

    /** @return whether the words are French */
    boolean french() {
        return this == FRENCH;
    }

    /** @return the language tag of the words: {@code fr} or {@code en} */
    String tag() {
        return this == FRENCH ? "fr" : "en";
    }

    /** @return the role, in lower case, as the model words it in this language */
    String role(ParticipantRole role) {
        return role.displayName(tag());
    }

    /** @return the words before the authority a participant acts for */
    abstract String onBehalfOf();

    /** @return the name of the part, capitalised */
    abstract String noun(Part part);

    /** @return what happened, agreeing with the part's noun */
    abstract String participle(Part part, Kind kind);
}
