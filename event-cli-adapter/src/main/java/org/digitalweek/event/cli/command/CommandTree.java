package org.digitalweek.event.cli.command;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands under {@code digitalweek}, and how much of their tree one command line needs.
 * picocli builds each command by reflection over its class, options and subcommands, the larger part
 * of a short command's start; so a command line that names a command before anything but the global
 * options gets the root and that command only, and {@code --version} the root alone. Anything else
 * (the usage, a misspelt command, {@code completion}, which prints the whole tree) gets every command,
 * so that nothing printed depends on this choice.
 */
final class CommandTree {

    /** The commands under the root, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(EditionsCommand.class, ShowCommand.class, ProgrammeCommand.class,
            CheckCommand.class, SessionCommand.class, PublishCommand.class, ReleasesCommand.class, ArchiveCommand.class,
            DiffCommand.class, ExportCommand.class, ImportCommand.class, FormatsCommand.class, CloneCommand.class,
            StatsCommand.class, ServeCommand.class, SampleCommand.class, CompletionCommand.class,
            CompleteValuesCommand.class);

    private CommandTree() {
    }

    /**
     * @param root the root command
     * @param help the help texts in the run's language ({@link HelpBundle})
     * @param args the command line
     * @return the root with the commands that line needs
     */
    static CommandLine forLine(DigitalweekCommand root, ResourceBundle help, String[] args) {
        CommandLine line = rootOf(root, help);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return line;
        }
        Optional<Class<?>> named = commandNamed(args);
        if (named.isPresent() && named.get() != CompletionCommand.class) {
            line.addSubcommand(named.get());
            return line;
        }
        return addEvery(line);
    }

    /**
     * @param root the root command
     * @param help the help texts in the run's language ({@link HelpBundle})
     * @return the root with every command
     */
    static CommandLine whole(DigitalweekCommand root, ResourceBundle help) {
        return addEvery(rootOf(root, help));
    }

    /**
     * The bundle goes to the root before any command is added: picocli passes it down to each command
     * as it is added, so their parameter labels ({@code ${bundle:label.edition}}) read it from the start.
     */
    private static CommandLine rootOf(DigitalweekCommand root, ResourceBundle help) {
        return new CommandLine(root).setResourceBundle(help);
    }

    /** A loop, not a method reference: a lambda of picocli's types keeps them out of the class-data archive. */
    private static CommandLine addEvery(CommandLine line) {
        for (Class<?> command : COMMANDS) {
            line.addSubcommand(command);
        }
        return line;
    }

    /**
     * @param args the command line
     * @return the command named first, when only global options with a plain value come before it
     */
    static Optional<Class<?>> commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--store") || arg.equals("--lang")) {
                i++;
                if (i == args.length || args[i].startsWith("-") || command(args[i]).isPresent()) {
                    return Optional.empty();
                }
            } else if (!arg.equals("--verbose") && !arg.startsWith("--store=") && !arg.startsWith("--lang=")) {
                return command(arg);
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> command(String name) {
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(name) || List.of(annotation.aliases()).contains(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
