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
@Command(name = "publish", description = {"Publish an edition's programme as a new, numbered release, frozen "
        + "so that later releases can be compared with it.",
    "Refused, with exit code 1 and the list of errors, while check finds an ERROR."},
        footer = {HelpText.OK, "  1  refused: the programme has an ERROR, listed on standard error",
            HelpText.USAGE + ", a label taken", HelpText.FAILURE,
            "", "Examples:", "  digitalweek publish snm-2026",
            "  digitalweek publish snm-2026 --label programme-imprime"})
final class PublishCommand extends BaseCommand {

    @Parameters(paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Option(names = "--label", paramLabel = "LABEL",
            description = "The release's label, e.g. 1.0; default: its number. A label of digits must be that number.")
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
