package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import org.digitalweek.event.cli.text.Language;

/**
 * What the user reads when a command line cannot be parsed, as git says it: one line that says what
 * is wrong, in the run's language and in this command's words rather than the parser's, then the
 * names they probably meant when they misspelt a command or an option, then where the help is.
 * A refusal a command made itself is already in the run's language and is kept as it is.
 */
final class ParseMessages {

    private ParseMessages() {
    }

    /**
     * @param language the run's language
     * @param e        why the command line was refused
     * @return the lines to print, the first without the {@code digitalweek: } that goes before it
     */
    static List<String> lines(Language language, ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String name = spec.qualifiedName();
        String help = language.pick("Aide : ", "Help: ") + name + " --help";
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(language, spec, unmatched.getUnmatched(), help);
        }
        // picocli checks the required options before it reports what it did not match: a misspelt
        // option is said first, since the "missing" one is often that very option.
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        if (e instanceof MissingParameterException && !unmatched.isEmpty()) {
            return unmatched(language, spec, unmatched, help);
        }
        return List.of(said(language, spec, e), help);
    }

    private static String said(Language language, CommandSpec spec, ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return missing(language, missing);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return language.pick("l'option " + Quotes.quote(language, name(overwritten.getOverwritten()))
                    + " ne se donne qu'une fois", "option " + Quotes.quote(language, name(overwritten.getOverwritten()))
                    + " may be given only once");
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return invalid(language, e.getArgSpec(), e.getValue(), e.getCause());
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Missing required subcommand")) {
            return language.pick(Quotes.quote(language, commandWords(spec)) + " attend une commande : ",
                    Quotes.quote(language, commandWords(spec)) + " needs a command: ")
                    + String.join(", ", spec.subcommands().keySet());
        }
        return message;
    }

    /** An unknown command, an unknown option, or arguments the command does not take. */
    private static List<String> unmatched(Language language, CommandSpec spec, List<String> args, String help) {
        String first = args.isEmpty() ? "" : args.get(0);
        if (!spec.subcommands().isEmpty() && !first.isEmpty() && !looksLikeOption(first)) {
            String prefix = commandWords(spec).isEmpty() ? "" : commandWords(spec) + " ";
            List<String> meant = new ArrayList<>();
            for (String command : Suggestions.closest(first, commandNames(spec))) {
                meant.add(prefix + command);
            }
            return misspelt(language, language.pick("commande inconnue : ", "unknown command: ")
                    + Quotes.quote(language, prefix + first), meant,
                    language.pick("Les commandes : ", "The commands: ") + spec.qualifiedName() + " --help", help);
        }
        for (String arg : args) {
            if (looksLikeOption(arg)) {
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return misspelt(language, language.pick("option inconnue : ", "unknown option: ")
                        + Quotes.quote(language, option), Suggestions.closest(option, optionNames(spec)),
                        language.pick("Les options : ", "The options: ") + spec.qualifiedName() + " --help", help);
            }
        }
        String extra = args.size() == 1 ? language.pick("argument en trop : ", "unexpected argument: ")
                : language.pick("arguments en trop : ", "unexpected arguments: ");
        return List.of(extra + Quotes.each(language, args), help);
    }

    /** @return whether the argument is an option's name rather than a value: {@code -1} is a value */
    private static boolean looksLikeOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1 && !Character.isDigit(arg.charAt(1));
    }

    private static List<String> misspelt(Language language, String what, List<String> meant, String whereToLook,
                                         String help) {
        if (meant.isEmpty()) {
            return List.of(what, whereToLook);
        }
        String either = Quotes.either(language, meant);
        return List.of(what, language.pick("Vouliez-vous dire " + either + " ?", "Did you mean " + either + "?"), help);
    }

    /** A required option or parameter not given, or an option given without its value. */
    private static String missing(Language language, MissingParameterException e) {
        String message = String.valueOf(e.getMessage());
        if (!message.startsWith("Missing required") || message.startsWith("Missing required parameter for ")) {
            ArgSpec arg = e.getArgSpec() != null ? e.getArgSpec() : e.getMissing().get(0);
            return language.pick("l'option " + Quotes.quote(language, name(arg)) + " attend une valeur (",
                    "option " + Quotes.quote(language, name(arg)) + " needs a value (") + arg.paramLabel() + ")";
        }
        List<String> options = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (ArgSpec arg : e.getMissing()) {
            if (arg.isOption()) {
                options.add(((OptionSpec) arg).arity().max() == 0 ? name(arg) : name(arg) + " " + arg.paramLabel());
            } else {
                parameters.add(arg.paramLabel());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add(language.pick(options.size() == 1 ? "l'option " : "les options ",
                    options.size() == 1 ? "the option " : "the options ") + Quotes.each(language, options));
        }
        if (!parameters.isEmpty()) {
            parts.add(language.pick(parameters.size() == 1 ? "le paramètre " : "les paramètres ",
                    parameters.size() == 1 ? "the parameter " : "the parameters ") + Quotes.each(language, parameters));
        }
        return language.pick("il manque ", "missing ") + String.join(language.pick(" et ", " and "), parts);
    }

    /** A value the option's reader refused. */
    private static String invalid(Language language, ArgSpec arg, String value, Throwable why) {
        String where = arg.isOption()
                ? language.pick("valeur invalide pour l'option ", "invalid value for option ")
                : language.pick("valeur invalide pour le paramètre ", "invalid value for parameter ");
        return where + Quotes.quote(language, name(arg)) + language.pick(" : ", ": ") + reason(language, arg, value, why);
    }

    private static String reason(Language language, ArgSpec arg, String value, Throwable why) {
        if (why instanceof BadValue bad) {
            return language.pick(bad.french(), bad.getMessage());
        }
        Class<?> type = arg.type();
        String quoted = Quotes.quote(language, value);
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return value.strip().matches("[-+]?\\d+")
                    ? language.pick(quoted + " est un nombre trop grand", quoted + " is too large a number")
                    : language.pick(quoted + " n'est pas un nombre entier", quoted + " is not a whole number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return language.pick(quoted + " n'est ni true ni false", quoted + " is neither true nor false");
        }
        return language.pick(quoted + " n'est pas une valeur reconnue", quoted + " is not a value it takes");
    }

    /** @return an option's longest name, or a parameter's label */
    private static String name(ArgSpec arg) {
        return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    }

    /**
     * @return the command's words after {@code digitalweek}: {@code session} for {@code digitalweek session},
     *         nothing for the root
     */
    private static String commandWords(CommandSpec spec) {
        String qualified = spec.qualifiedName();
        String root = spec.root().name();
        return qualified.equals(root) ? "" : qualified.substring(root.length() + 1);
    }

    /** A loop, not a stream: a lambda of picocli's types keeps them out of the class-data archive. */
    private static Map<String, String> commandNames(CommandSpec spec) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine> command : spec.subcommands().entrySet()) {
            if (!command.getValue().getCommandSpec().usageMessage().hidden()) {
                names.put(command.getKey(), command.getValue().getCommandName());
            }
        }
        return names;
    }

    private static Map<String, String> optionNames(CommandSpec spec) {
        Map<String, String> names = new LinkedHashMap<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    names.put(name, name);
                }
            }
        }
        return names;
    }
}
