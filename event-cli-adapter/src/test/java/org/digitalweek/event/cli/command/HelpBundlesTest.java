package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.Messages;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.text.Terminal;

/**
 * Every help text of the whole command tree exists in French and in English, in bundles that hold the
 * same keys; the help of each language speaks it only, headings included. A failure names the command
 * and the key to add, so that a new option or command is easy to bring into both bundles.
 */
class HelpBundlesTest {

    /** The commands that only read the store: no storage conflict can stop them. */
    private static final List<String> READING = List.of("editions", "show", "programme", "check", "releases",
            "diff", "export", "formats", "stats", "completion", "sample list", "__complete");
    /** The commands that change the store: a storage conflict can refuse them. */
    private static final List<String> WRITING = List.of("session", "session add", "session move", "session cancel",
            "session assign", "publish", "archive", "import", "clone", "sample", "sample add");

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    private static Set<String> missingFrom(ResourceBundle bundle, ResourceBundle other) {
        Set<String> missing = keys(other);
        missing.removeAll(keys(bundle));
        return missing;
    }

    private static CommandLine wholeTree(Language language) {
        Invocation invocation = new Invocation(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), new ByteArrayOutputStream(), Terminal.PLAIN, DefaultStore.named("mem:"),
                CommandRunner.CLOCK);
        return CommandTree.whole(new DigitalweekCommand(invocation), HelpBundle.in(language));
    }

    private static List<CommandLine> everyCommand(CommandLine line) {
        List<CommandLine> all = new ArrayList<>(List.of(line));
        for (CommandLine sub : new java.util.LinkedHashSet<>(line.getSubcommands().values())) {
            all.addAll(everyCommand(sub));
        }
        return all;
    }

    private static String help(Language language, String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.addAll(List.of("--help", "--lang", language.tag()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new Terminal(false, 120),
                DefaultStore.named("mem:"), CommandRunner.CLOCK);
        assertThat(code).as(command).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (CommandLine command : everyCommand(wholeTree(Language.FR))) {
            names.add(command.getCommandSpec().qualifiedName(" ").replaceFirst("^digitalweek ?", ""));
        }
        return names;
    }

    @Test
    void bothBundlesHoldTheSameKeysAndNoEmptyValue() {
        ResourceBundle french = HelpBundle.in(Language.FR);
        ResourceBundle english = HelpBundle.in(Language.EN);

        assertThat(missingFrom(english, french)).as("keys of Help_fr.properties missing from Help_en.properties")
                .isEmpty();
        assertThat(missingFrom(french, english)).as("keys of Help_en.properties missing from Help_fr.properties")
                .isEmpty();
        for (ResourceBundle bundle : List.of(french, english)) {
            for (String key : keys(bundle)) {
                assertThat(bundle.getString(key)).as(key + " in Help_" + bundle.getLocale() + ".properties").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandOptionAndParameterOfTheWholeTreeHasItsTexts(Language language) {
        List<String> missing = new ArrayList<>();
        for (CommandLine line : everyCommand(wholeTree(language))) {
            CommandSpec spec = line.getCommandSpec();
            String name = spec.qualifiedName(".");
            Messages messages = spec.usageMessage().messages();
            for (String section : List.of("usage.description", "usage.exitCodeList")) {
                if (!hasText(messages, List.of(section))) {
                    missing.add(name + "." + section + " (the command " + spec.qualifiedName(" ") + ")");
                }
            }
            for (ArgSpec arg : spec.args()) {
                List<String> keys = keysOf(arg);
                if (!hasText(arg.messages(), keys)) {
                    missing.add(name + "." + keys.get(0) + " (" + describe(arg) + " of " + spec.qualifiedName(" ") + ")");
                }
            }
        }
        assertThat(missing).as("keys missing from Help_" + language.tag() + ".properties").isEmpty();
    }

    /** The keys picocli tries, in its order, each qualified by the command's name first, then alone. */
    private static List<String> keysOf(ArgSpec arg) {
        List<String> keys = new ArrayList<>();
        if (!arg.descriptionKey().isEmpty()) {
            keys.add(arg.descriptionKey());
        }
        if (arg instanceof OptionSpec option) {
            for (String name : option.names()) {
                keys.add(name.replaceFirst("^-+", ""));
            }
        } else {
            PositionalParamSpec positional = (PositionalParamSpec) arg;
            keys.add(positional.paramLabel() + "[" + positional.index() + "]");
        }
        return keys;
    }

    private static boolean hasText(Messages messages, List<String> keys) {
        for (String key : keys) {
            String[] text = messages == null ? null : messages.getStringArray(key, null);
            if (text != null && text.length > 0 && !String.join("", text).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ArgSpec arg) {
        return arg instanceof OptionSpec option ? "the option " + option.longestName()
                : "the parameter " + ((PositionalParamSpec) arg).paramLabel();
    }

    @Test
    void theFrenchHelpOfEveryCommandHasNoEnglishHeadingAndTheEnglishNoFrench() {
        for (String command : commandNames()) {
            assertThat(help(Language.FR, command)).as("digitalweek " + command + " --help --lang fr")
                    .contains("Utilisation : digitalweek", "Codes de sortie :")
                    .doesNotContain("Usage:", "Options:", "Commands:", "Exit codes:", "Example", "Default:",
                            "Show this help message", "Print version", "[COMMAND]", "EDITION");
            assertThat(help(Language.EN, command)).as("digitalweek " + command + " --help --lang en")
                    .contains("Usage: digitalweek", "Exit codes:")
                    .doesNotContain("Utilisation", "Commandes", "Codes de sortie", "Exemple", "Par défaut",
                            "Affiche cette aide", "[COMMANDE]", "ÉDITION");
        }
    }

    @Test
    void onlyTheCommandsThatWriteListAStorageConflictAmongTheirExitCodes() {
        assertThat(commandNames()).as("every command is either reading or writing, or serve, or the root")
                .containsExactlyInAnyOrderElementsOf(concat(READING, WRITING, List.of("", "serve")));
        for (String command : READING) {
            assertThat(help(Language.EN, command)).as(command).doesNotContain("storage conflict");
            assertThat(help(Language.FR, command)).as(command).doesNotContain("conflit de stockage");
        }
        for (String command : WRITING) {
            assertThat(help(Language.EN, command)).as(command).containsPattern("\\R  3 +a storage conflict");
            assertThat(help(Language.FR, command)).as(command).containsPattern("\\R  3 +un conflit de stockage");
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    @Test
    void withoutLangTheEnvironmentChoosesTheLanguageAndLangWins() {
        assertThat(helpIn(Map.of("LANG", "en_GB.UTF-8"))).startsWith("Usage: digitalweek");
        assertThat(helpIn(Map.of("LANG", "en_GB.UTF-8"), "--lang", "fr")).startsWith("Utilisation : digitalweek");
        assertThat(helpIn(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "fr_ML.UTF-8"))).startsWith("Usage:");
        assertThat(helpIn(Map.of("LC_MESSAGES", "en_US", "LANG", "fr_FR.UTF-8"))).startsWith("Usage:");
        assertThat(helpIn(Map.of("LC_ALL", "C.UTF-8", "LANG", "en_US.UTF-8"))).startsWith("Utilisation :");
        assertThat(helpIn(Map.of("LANG", "de_DE.UTF-8"))).startsWith("Utilisation :");
        assertThat(helpIn(Map.of())).startsWith("Utilisation :");
    }

    @Test
    void theEnvironmentsLanguageIsThatOfEverythingTheRunPrints() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"programme"}, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.PLAIN, DefaultStore.named("mem:"),
                CommandRunner.CLOCK, Map.of("LANG", "en_US.UTF-8"));

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("digitalweek: missing the parameter 'EDITION'")
                .contains("Help: digitalweek programme --help");
    }

    @Test
    void theEnvironmentsLanguageChoosesWhatAPersonReadsButNotTheLanguageOfAnExportedDocument(@TempDir Path home) {
        String french = exported(home, Map.of());

        assertThat(exported(home, Map.of("LANG", "en_US.UTF-8"))).isEqualTo(french);
        assertThat(exported(home, Map.of(), "--lang", "en")).isNotEqualTo(french);
    }

    private static String exported(Path home, Map<String, String> environment, String... args) {
        List<String> line = new ArrayList<>(List.of("export", CommandRunner.SAMPLE, "--format", "html"));
        line.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(line.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Terminal.PLAIN,
                DefaultStore.implicit("file:" + home.resolve("store")), CommandRunner.CLOCK, environment);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String helpIn(Map<String, String> environment, String... args) {
        List<String> line = new ArrayList<>(List.of("programme", "--help"));
        line.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(line.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Terminal.PLAIN,
                DefaultStore.named("mem:"), CommandRunner.CLOCK, environment);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCompletionScriptIsTheSameInEveryLanguageAndItsVariablesAreBashIdentifiers() {
        String french = completion("fr");

        assertThat(french).isEqualTo(completion("en"));
        assertThat(french.lines().filter(line -> line.strip().startsWith("local ")).toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.strip()).matches("local (-a )?[A-Za-z_][A-Za-z0-9_]*(=(\"[^\"]*\"|\\([^)]*\\)|\\S*))?( [A-Za-z_][A-Za-z0-9_]*(=(\"[^\"]*\"|\\([^)]*\\)|\\S*))?)*( #.*)?"));
    }

    private static String completion(String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"completion", "--lang", language}, new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Terminal.PLAIN, DefaultStore.named("mem:"),
                CommandRunner.CLOCK);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyLineOfEveryHelpFitsTheWidthCliGivesIt() {
        for (Language language : Language.values()) {
            for (String command : commandNames()) {
                for (String line : help(language, command).lines().toList()) {
                    assertThat(line.length()).as(command + " (" + language + "): " + line).isLessThanOrEqualTo(120);
                }
            }
        }
    }
}
