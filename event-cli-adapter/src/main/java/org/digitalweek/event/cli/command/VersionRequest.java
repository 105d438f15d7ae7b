package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code digitalweek --version} (or {@code -V}) alone, answered before picocli starts: building even
 * the root command by reflection costs several times a whole small JVM's start, to print two lines
 * that {@link Version} knows. The lines are those picocli prints; only a line that picocli would
 * change (a {@code %} it formats, {@code ${…}} it replaces, {@code @|…|@} it styles) is left to it.
 */
final class VersionRequest {

    private VersionRequest() {
    }

    /**
     * @param args the command line
     * @return the lines to print, when the line asks for the version alone and picocli would print them as they are
     */
    static Optional<List<String>> answer(String[] args) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return Optional.empty();
        }
        try {
            List<String> lines = List.of(new Version().getVersion());
            boolean plain = lines.stream().noneMatch(l -> l.contains("%") || l.contains("${") || l.contains("@|"));
            return plain ? Optional.of(lines) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // picocli reports it
        }
    }
}
