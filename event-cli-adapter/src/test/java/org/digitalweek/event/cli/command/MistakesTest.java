package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/**
 * A mistake on the command line gets one line that says what is wrong, in the run's language and
 * the command's own words, then the names the user probably meant, then where the help is; and
 * everything said quotes names and values in one style per language.
 */
class MistakesTest extends CommandTests {

    /** A pair of straight quotes around a word, which French does not use: not an apostrophe (l'option). */
    private static final Pattern STRAIGHT_QUOTES = Pattern.compile("(?<!\\p{L})'[^'\\n]+'(?!\\p{L})");
    /** An enum constant's name, such as OPENING_CEREMONY. */
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    /** The parser's own English, which no message may show. */
    private static final List<String> PARSER_WORDS = List.of("Unmatched argument", "Unknown option", "Missing required",
            "Invalid value", "Expected parameter", "should be specified", "is not an int", "is not a long",
            "is not a boolean", "from index", "at index", "Possible solutions", "subcommand");

    @Test
    void anUnknownCommandSuggestsTheClosest() {
        assertThat(run("programe", "snm-2026")).isEqualTo(new Ran(2, "", lines(
                "digitalweek: commande inconnue : « programe »", "Vouliez-vous dire « programme » ?",
                "Aide : digitalweek --help")));
        assertThat(run("programe", "snm-2026", "--day", "2026-01-29", "--lang", "en").err()).isEqualTo(lines(
                "digitalweek: unknown command: 'programe'", "Did you mean 'programme'?", "Help: digitalweek --help"));
    }

    @Test
    void equallyCloseCommandsAreAllSuggestedAndNoneCloseSaysWhereTheyAre() {
        assertThat(run("se", "--lang", "en").errLines()).containsExactly("digitalweek: unknown command: 'se'",
                "Did you mean 'session' or 'serve'?", "Help: digitalweek --help");
        assertThat(run("xyzzy").errLines()).containsExactly("digitalweek: commande inconnue : « xyzzy »",
                "Les commandes : digitalweek --help");
        assertThat(run("xyzzy", "--lang", "en").errLines()).containsExactly("digitalweek: unknown command: 'xyzzy'",
                "The commands: digitalweek --help");
    }

    @Test
    void aMisspeltSubcommandSuggestsTheClosestOfItsCommand() {
        Ran fr = run("session", "mvoe", "snm-2026", "masterclass-ia");
        assertThat(fr.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(fr.errLines()).containsExactly("digitalweek: commande inconnue : « session mvoe »",
                "Vouliez-vous dire « session move » ?", "Aide : digitalweek session --help");
        assertThat(run("session", "mvoe", "--lang", "en").errLines()).containsExactly(
                "digitalweek: unknown command: 'session mvoe'", "Did you mean 'session move'?",
                "Help: digitalweek session --help");
    }

    @Test
    void anUnknownOptionSuggestsTheClosestOptionOfTheCommandAtHand() {
        Ran fr = run("programme", "snm-2026", "--lnag", "en");
        assertThat(fr.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(fr.errLines()).containsExactly("digitalweek: option inconnue : « --lnag »",
                "Vouliez-vous dire « --lang » ?", "Aide : digitalweek programme --help");
        assertThat(run("programme", "snm-2026", "--romm=salle", "--lang", "en").errLines()).containsExactly(
                "digitalweek: unknown option: '--romm'", "Did you mean '--room'?", "Help: digitalweek programme --help");
        assertThat(run("export", "snm-2026", "--romm", "x", "--lang", "en").errLines()).as("export has no --room, "
                + "and the unknown option comes before the missing --format").containsExactly(
                "digitalweek: unknown option: '--romm'", "The options: digitalweek export --help");
        assertThat(run("export", "snm-2026", "--fromat", "json").errLines()).containsExactly(
                "digitalweek: option inconnue : « --fromat »", "Vouliez-vous dire « --format » ?",
                "Aide : digitalweek export --help");
    }

    @Test
    void everyParseErrorIsSaidInTheRunsWordsInBothLanguages() {
        assertThat(errors("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-02-03T09:00")).containsExactly(
                "digitalweek: il manque l'option « --end DATE-HEURE »", "digitalweek: missing the option '--end DATE-TIME'");
        assertThat(errors("session", "move", "snm-2026")).containsExactly("digitalweek: il manque les options "
                + "« --start DATE-HEURE », « --end DATE-HEURE » et le paramètre « SESSION »", "digitalweek: missing the "
                + "options '--start DATE-TIME', '--end DATE-TIME' and the parameter 'SESSION'");
        assertThat(errors("programme")).containsExactly("digitalweek: il manque le paramètre « ÉDITION »",
                "digitalweek: missing the parameter 'EDITION'");
        assertThat(errors("programme", "snm-2026", "--day")).containsExactly(
                "digitalweek: l'option « --day » attend une valeur (DATE)", "digitalweek: option '--day' needs a value (DATE)");
        assertThat(errors("programme", "snm-2026", "--day", "2026-01-29", "--day", "2026-01-30")).containsExactly(
                "digitalweek: l'option « --day » ne se donne qu'une fois", "digitalweek: option '--day' may be given only once");
        assertThat(errors("programme", "snm-2026", "encore")).containsExactly(
                "digitalweek: argument en trop : « encore »", "digitalweek: unexpected argument: 'encore'");
        assertThat(errors("session")).containsExactly(
                "digitalweek: « session » attend une commande : add, move, cancel, assign",
                "digitalweek: 'session' needs a command: add, move, cancel, assign");
        assertThat(errors("session", "assign", "snm-2026", "masterclass-ia", "--person", "p", "--role", "orateur"))
                .containsExactly("digitalweek: valeur invalide pour l'option « --role » : « orateur » n'est pas l'une "
                        + "des valeurs presides, speaker, moderator, panellist, trainer, exhibitor",
                        "digitalweek: invalid value for option '--role': 'orateur' is not one of presides, speaker, "
                                + "moderator, panellist, trainer, exhibitor");
        assertThat(errors("clone", "snm-2026", "--as", "snm-2027", "--start", "2027-01-28", "--number", "quatre"))
                .containsExactly("digitalweek: valeur invalide pour l'option « --number » : « quatre » n'est pas un "
                        + "nombre entier", "digitalweek: invalid value for option '--number': 'quatre' is not a whole number");
        assertThat(errors("serve", "--port", "99999999999")).containsExactly("digitalweek: valeur invalide pour "
                + "l'option « --port » : « 99999999999 » est un nombre trop grand", "digitalweek: invalid value for "
                + "option '--port': '99999999999' is too large a number");
        assertThat(errors("editions", "--verbose=peut-être")).containsExactly("digitalweek: valeur invalide pour "
                + "l'option « --verbose » : « peut-être » n'est ni true ni false", "digitalweek: invalid value for "
                + "option '--verbose': 'peut-être' is neither true nor false");
        assertThat(errors("import", "x.json", "--time-zone", "Mali/Bamako")).containsExactly("digitalweek: valeur "
                + "invalide pour l'option « --time-zone » : « Mali/Bamako » n'est pas un fuseau horaire comme "
                + "Africa/Bamako", "digitalweek: invalid value for option '--time-zone': 'Mali/Bamako' is not a time "
                + "zone such as Africa/Bamako");
    }

    @Test
    void aBadDateSaysWhatWasExpectedWithAnExampleFromTheEdition() {
        assertThat(errors("session", "move", "snm-2026", "masterclass-ia", "--start", "demain 9h", "--end",
                "2026-02-03T12:00")).containsExactly("digitalweek: valeur invalide pour l'option « --start » : "
                + "« demain 9h » ; attendu : une date et heure comme 2026-01-29T09:00 (premier jour de snm-2026)",
                "digitalweek: invalid value for option '--start': 'demain 9h'; expected: a date and time such as "
                        + "2026-01-29T09:00 (first day of snm-2026)");
        assertThat(errors("session", "add", "snm-2026", "--id", "x", "--type", "panel", "--title", "X", "--start",
                "2026-01-30T14:00", "--end", "16:00")).containsExactly("digitalweek: valeur invalide pour l'option "
                + "« --end » : « 16:00 » ; attendu : une date et heure comme 2026-01-29T09:00 (premier jour de snm-2026)",
                "digitalweek: invalid value for option '--end': '16:00'; expected: a date and time such as "
                        + "2026-01-29T09:00 (first day of snm-2026)");
        assertThat(errors("programme", "snm-2026", "--day", "jeudi")).containsExactly("digitalweek: valeur invalide "
                + "pour l'option « --day » : « jeudi » ; attendu : une date comme 2026-01-29 (premier jour de snm-2026)",
                "digitalweek: invalid value for option '--day': 'jeudi'; expected: a date such as 2026-01-29 "
                        + "(first day of snm-2026)");
        assertThat(errors("clone", "snm-2026", "--as", "snm-2027", "--start", "2027-02-30")).containsExactly(
                "digitalweek: valeur invalide pour l'option « --start » : « 2027-02-30 » ; attendu : une date comme "
                        + "2026-01-29 (premier jour de snm-2026)", "digitalweek: invalid value for option '--start': "
                        + "'2027-02-30'; expected: a date such as 2026-01-29 (first day of snm-2026)");
    }

    @Test
    void withoutTheEditionTheExampleIsGeneric() {
        assertThat(errors("programme", "snm-1999", "--day", "jeudi")).containsExactly("digitalweek: valeur invalide "
                + "pour l'option « --day » : « jeudi » ; attendu : une date comme 2026-01-29",
                "digitalweek: invalid value for option '--day': 'jeudi'; expected: a date such as 2026-01-29");
    }

    @Test
    void theExampleIsTheFirstDayAtTheFirstSessionsTime() {
        assertThat(run("session", "move", "snm-2026", "ceremonie-de-lancement", "--start", "2026-01-29T10:30", "--end",
                "2026-01-29T12:00").code()).isZero();
        assertThat(run("session", "move", "snm-2026", "masterclass-ia", "--start", "?", "--end", "?").errLines()[0])
                .endsWith("comme 2026-01-29T10:30 (premier jour de snm-2026)");
    }

    @Test
    void aDateWrittenDayFirstIsReadAsFrenchSpeakersWriteIt() {
        Ran iso = run("programme", "snm-2026", "--day", "2026-01-30");
        for (String written : List.of("30/01/2026", "30.01.2026")) {
            Ran dayFirst = run("programme", "snm-2026", "--day", written);
            assertThat(dayFirst.code()).as(written).isZero();
            assertThat(dayFirst.out()).as(written).isEqualTo(iso.out());
        }

        Ran moved = run("session", "move", "snm-2026", "masterclass-ia", "--start", "03/02/2026 9h", "--end",
                "03/02/2026 12:00");
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(run("programme", "snm-2026", "--day", "2026-02-03").out()).containsPattern("09:00–12:00 .*Masterclass");
    }

    @Test
    void aDateOfTwoReadingsIsReadDayFirstInFrenchAndRefusedInEnglish() {
        assertThat(run("programme", "snm-2026", "--day", "02/03/2026").out())
                .as("2 March: no session").contains("Aucune session.");
        Ran english = run("programme", "snm-2026", "--day", "02/03/2026", "--lang", "en");
        assertThat(english.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(english.errLines()).containsExactly("digitalweek: invalid value for option '--day': '02/03/2026' "
                + "may be read two ways: write 2026-03-02 (2 March) or 2026-02-03 (3 February)",
                "Help: digitalweek programme --help");
    }

    @Test
    void everyMistakeQuotesInOneStylePerLanguageAndNamesNoClassNorConstant() throws IOException {
        Path folder = Files.createDirectories(home.resolve("a-folder"));
        List<List<String>> mistakes = List.of(List.of("programe", "snm-2026"), List.of("session", "mvoe"),
                List.of("programme", "snm-2026", "--lnag", "en"), List.of("programme", "snm-2026", "--day"),
                List.of("programme", "snm-2026", "--day", "1er février"), List.of("programme", "snm-2026", "x"),
                List.of("session", "move", "snm-2026"), List.of("session"),
                List.of("session", "add", "snm-2026", "--id", "x", "--type", "conference", "--title", "X",
                        "--start", "2026-01-30T14:00", "--end", "2026-01-30T15:00"),
                List.of("serve", "--port", "huit"), List.of("import", "x.json", "--time-zone", "Mars/Olympus"),
                List.of("programme", "snm-2026", "--day", "2026-01-29", "--day", "2026-01-30"),
                List.of("show", "snm-1999"), List.of("session", "cancel", "snm-2026", "atelier-inconnu"),
                List.of("session", "assign", "snm-2026", "masterclass-ia", "--person", "inconnue", "--role", "speaker"),
                List.of("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-02-03T09:00", "--end",
                        "2026-02-03T12:00", "--room", "salle-inconnue"),
                List.of("editions", "--store", "ftp://x"), List.of("editions", "--store", "file:"),
                List.of("import", home.resolve("absent.json").toString()), List.of("import", folder.toString()),
                List.of("export", "snm-2026", "--format", "docx"), List.of("export", "snm-2026", "--format", "json",
                        "--output", folder.toString()),
                List.of("diff", "snm-2026", "--from", "9"), List.of("stats", "aucune"),
                List.of("clone", "snm-2026", "--as", "snm-2026", "--start", "2027-01-28"));
        for (List<String> mistake : mistakes) {
            Ran fr = run(with(mistake, "--lang", "fr"));
            Ran en = run(with(mistake, "--lang", "en"));

            assertThat(fr.code()).as(mistake.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(en.code()).as(mistake.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(fr.err()).as(mistake.toString()).startsWith("digitalweek: ").doesNotContainPattern(STRAIGHT_QUOTES)
                    .doesNotContainPattern(HumanMessagesTest.JAVA).doesNotContainPattern(ENUM_CONSTANT)
                    .isNotEqualTo(en.err());
            assertThat(en.err()).as(mistake.toString()).startsWith("digitalweek: ").doesNotContain("«", "»")
                    .doesNotContainPattern(HumanMessagesTest.JAVA).doesNotContainPattern(ENUM_CONSTANT);
            for (String words : PARSER_WORDS) {
                assertThat(fr.err() + en.err()).as(mistake.toString()).doesNotContain(words);
            }
        }
    }

    /** @return what the command line says on standard error in French, then in English: the first line of each */
    private List<String> errors(String... args) {
        Ran fr = run(args);
        Ran en = run(with(List.of(args), "--lang", "en"));
        assertThat(fr.code()).as("fr: " + fr.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.code()).as("en: " + en.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(fr.errLines()[1]).startsWith("Aide : digitalweek ");
        assertThat(en.errLines()[1]).startsWith("Help: digitalweek ");
        return List.of(fr.errLines()[0], en.errLines()[0]);
    }

    private static String lines(String... lines) {
        return String.join(NL, lines) + NL;
    }

    private static String[] with(List<String> command, String... more) {
        return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
    }
}
