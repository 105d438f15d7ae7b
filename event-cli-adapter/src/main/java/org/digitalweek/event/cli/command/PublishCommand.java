package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek publish EDITION [--label L]}: a new, numbered release of the programme. */
@Command(name = "publish")
final class PublishCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Option(names = "--label", paramLabel = "${bundle:label.label}")
    String label;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        PublicEdition current = app.root().programme().edition(new EditionQueryById(edition));
        Release release = app.root().publication().publish(new PublishEditionCommand(edition,
                CurrentVersion.expected(current, expected.value), label));
        String at = Moments.at(release.publishedAt(), current.zone()) + " (" + current.zone().getId() + ")";
        long version = release.programme().version();
        app.out().println(app.say("Édition « " + edition + " » publiée : publication n° " + release.number()
                        + ", étiquette « " + release.label() + " », le " + at + " ; version " + version,
                "Edition '" + edition + "' published: release " + release.number() + ", label '" + release.label()
                        + "', at " + at + "; version " + version));
        return ExitCodes.OK;
    }
}
