package org.digitalweek.event.cli.command;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import picocli.CommandLine.Command;

import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.port.out.Importer;

/**
 * {@code digitalweek formats}: the exporters and importers found with {@code ServiceLoader}, this
 * project's and those of any jar added to the class path, one line per format and media type.
 */
@Command(name = "formats", description = {"List the formats found: their id (for export --format and import "
        + "--format), media type, and whether editions are exported to them, imported from them, or both.",
    "A jar that provides an Exporter or Importer service adds its formats here."},
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE, "", "Example: digitalweek formats --lang en"})
final class FormatsCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        Map<String, Set<String>> directions = new TreeMap<>();
        for (Exporter exporter : app.root().formats().exporters()) {
            add(directions, exporter.formatId(), exporter.mediaType(), "export");
        }
        for (Importer importer : app.root().formats().importers()) {
            add(directions, importer.formatId(), importer.mediaType(), "import");
        }
        Table table = new Table("FORMAT", app.say("TYPE DE MÉDIA", "MEDIA TYPE"), app.say("SENS", "DIRECTION"));
        directions.forEach((key, ways) -> {
            String[] idAndType = key.split("\t", 2);
            table.row(idAndType[0], idAndType[1], String.join(", ", ways));
        });
        table.lines(app.terminal()).forEach(app.out()::println);
        return ExitCodes.OK;
    }

    private static void add(Map<String, Set<String>> directions, String id, String mediaType, String direction) {
        directions.computeIfAbsent(id + "\t" + mediaType, k -> new LinkedHashSet<>()).add(direction);
    }
}
