package org.digitalweek.event.cli.command;

import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.LocalizedText;

/** {@code digitalweek sample list}: the bundled sample editions, and whether the store holds each. */
@Command(name = "list")
final class SampleListCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        return list(app);
    }

    /**
     * @param app the run
     * @return {@link ExitCodes#OK}, having printed one row per sample edition
     */
    static int list(Invocation app) {
        Set<String> stored = app.root().programme().editions(EditionQuery.ALL).stream()
                .map(summary -> summary.id().value()).collect(Collectors.toSet());
        Table table = new Table(app.say("ÉDITION", "EDITION"), app.say("DATES", "DATES"),
                app.say("SESSIONS", "SESSIONS"), app.say("DANS LE STOCKAGE", "IN THE STORE"),
                app.say("TITRE", "TITLE"));
        for (String id : CompositionRoot.sampleIds()) {
            EditionDraft sample = CompositionRoot.sample(id);
            table.row(id, sample.startDate() + " → " + sample.endDate(), String.valueOf(sample.sessions() == null ? 0 : sample.sessions().size()),
                    stored.contains(id) ? app.say("oui", "yes") : app.say("non", "no"),
                    new LocalizedText(sample.title()).resolve(app.language().tag()));
        }
        table.lines(app.terminal()).forEach(app.out()::println);
        return ExitCodes.OK;
    }
}
