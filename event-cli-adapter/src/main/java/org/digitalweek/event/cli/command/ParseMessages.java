package org.digitalweek.event.cli.command;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.cli.text.Language;

/**
 * picocli's messages about a command line it cannot parse, said in French when the user works in
 * French. The phrases picocli and this command's option readers use are translated; option names
 * and values are kept.
 */
final class ParseMessages {

    private record Translation(Pattern english, String french) {
    }

    private static final List<Translation> FRENCH = List.of(
            new Translation(Pattern.compile("^Missing required parameters?: "), "paramètre obligatoire manquant : "),
            new Translation(Pattern.compile("^Missing required options?: "), "option obligatoire manquante : "),
            new Translation(Pattern.compile("^Missing required options? and parameters?: "),
                    "option et paramètre obligatoires manquants : "),
            new Translation(Pattern.compile("^Missing required subcommand"), "sous-commande manquante"),
            new Translation(Pattern.compile("^Unknown options?: "), "option inconnue : "),
            new Translation(Pattern.compile("^Unmatched arguments? from index \\d+: "), "arguments en trop : "),
            new Translation(Pattern.compile("^Unmatched argument at index \\d+: "), "argument en trop : "),
            new Translation(Pattern.compile("^Invalid value for option "), "valeur invalide pour l'option "),
            new Translation(Pattern.compile("^Invalid value for positional parameter at index \\d+ \\("),
                    "valeur invalide pour le paramètre ("),
            new Translation(Pattern.compile("^Expected parameter for option "), "valeur attendue pour l'option "),
            new Translation(Pattern.compile("^option '([^']+)' should be specified only once"),
                    "l'option '$1' ne se donne qu'une fois"),
            new Translation(Pattern.compile("': '"), "' : '"),
            new Translation(Pattern.compile(" is not a date and time such as "), " n'est pas une date et heure comme "),
            new Translation(Pattern.compile(" is not a date such as "), " n'est pas une date comme "),
            new Translation(Pattern.compile(" is not a time zone such as "), " n'est pas un fuseau horaire comme "),
            new Translation(Pattern.compile(" is not one of "), " n'est pas l'une des valeurs "));

    private ParseMessages() {
    }

    /**
     * @param message  what picocli said, in English
     * @param language the user's language
     * @return the message in that language, as far as its beginning is known
     */
    static String in(Language language, String message) {
        if (language == Language.EN || message == null) {
            return message;
        }
        String french = message;
        for (Translation t : FRENCH) {
            Matcher m = t.english().matcher(french);
            if (m.find()) {
                french = m.replaceFirst(t.french());
            }
        }
        return french;
    }
}
