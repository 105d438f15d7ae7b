package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.LocalizedText;

/**
 * {@code digitalweek sample add [ID…]}: plans bundled sample editions in the store, every one by
 * default. All or nothing: an unknown id, or one the store holds already, is refused before anything
 * is added, so that a store's own edition of that id is never replaced by demonstration data.
 */
@Command(name = "add")
final class SampleAddCommand extends BaseCommand {

    @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "digitalweek.sample.add.id")
    List<String> ids = new ArrayList<>();

    @Override
    int run(Invocation app) {
        List<String> known = CompositionRoot.sampleIds();
        Set<String> chosen = new LinkedHashSet<>(ids.isEmpty() ? known : ids);
        for (String id : chosen) {
            if (!known.contains(id)) {
                String list = String.join(", ", known);
                return Stop.with(app, ExitCodes.USAGE, "édition d'exemple inconnue « " + id + " » ; éditions d'exemple : "
                        + list, "unknown sample edition '" + id + "'; sample editions: " + list);
            }
        }
        List<String> present = new ArrayList<>();
        for (EditionSummary summary : app.root().programme().editions(EditionQuery.ALL)) {
            if (chosen.contains(summary.id().value())) {
                present.add(summary.id().value());
            }
        }
        if (!present.isEmpty()) {
            return alreadyStored(app, present);
        }
        for (String id : chosen) {
            app.root().addSample(id);
            EditionDraft sample = CompositionRoot.sample(id);
            int sessions = sample.sessions() == null ? 0 : sample.sessions().size();
            app.out().println(app.say("Ajoutée au stockage : ", "Added to the store: ") + id + ", " + sessions
                    + " sessions (" + new LocalizedText(sample.title()).resolve(app.language().tag()) + ")");
        }
        return ExitCodes.OK;
    }

    private static int alreadyStored(Invocation app, List<String> present) {
        if (present.size() == 1) {
            return Stop.with(app, ExitCodes.USAGE, "le stockage contient déjà « " + present.get(0)
                    + " » : rien n'est ajouté", "the store already holds '" + present.get(0) + "': nothing added");
        }
        String fr = String.join(" », « ", present);
        String en = String.join("', '", present);
        return Stop.with(app, ExitCodes.USAGE, "le stockage contient déjà « " + fr + " » : rien n'est ajouté",
                "the store already holds '" + en + "': nothing added");
    }
}
