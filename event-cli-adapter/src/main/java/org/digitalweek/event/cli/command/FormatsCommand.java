package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;

import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.port.in.FormatDescription;

/**
 * {@code digitalweek formats}: the exporters and importers found with {@code ServiceLoader}, this
 * project's and those of any jar added to the class path, one line per format and media type.
 */
@Command(name = "formats")
final class FormatsCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        Table table = new Table("FORMAT", app.say("TYPE DE MÉDIA", "MEDIA TYPE"), app.say("SENS", "DIRECTION"));
        for (FormatDescription format : app.root().documents().formats()) {
            String ways = format.exported() && format.imported() ? "export, import"
                    : format.exported() ? "export" : "import";
            table.row(format.id(), format.mediaType(), ways);
        }
        table.lines(app.terminal()).forEach(app.out()::println);
        return ExitCodes.OK;
    }
}
