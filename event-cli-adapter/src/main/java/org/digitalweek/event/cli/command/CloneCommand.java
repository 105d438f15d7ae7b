package org.digitalweek.event.cli.command;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.CloneEditionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek clone EDITION --as NEW --start DATE}: next year's edition, or a sister edition elsewhere. */
@Command(name = "clone")
final class CloneCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String source;

    @Option(names = "--as", required = true, paramLabel = "${bundle:label.new}")
    String newId;

    @Option(names = "--start", required = true, paramLabel = "DATE", converter = DateOption.class)
    WrittenMoment start;

    @Option(names = "--number", paramLabel = "N")
    Integer number;

    @Option(names = "--title", paramLabel = "${bundle:label.text}")
    String title;

    @Option(names = "--title-en", paramLabel = "${bundle:label.text}")
    String titleEn;

    @Option(names = "--country", paramLabel = "CODE")
    String country;

    @Option(names = "--city", paramLabel = "${bundle:label.city}")
    String city;

    @Option(names = "--time-zone", paramLabel = "${bundle:label.zone}")
    String timeZone;

    @Override
    int run(Invocation app) {
        PublicEdition from = app.root().programme().edition(new EditionQueryById(source));
        LocalDate about = start.date(this, "--start", new MomentExamples(app, source));
        PublicEdition clone;
        try {
            clone = app.root().reuse().cloneEdition(new CloneEditionCommand(source, newId, about, number,
                    titles(), country, city, timeZone)).edition();
        } catch (InvalidInputException refused) {
            throw withOptionNames(refused);
        }
        String tag = app.language().tag();
        String where = clone.dates().start() + " → " + clone.dates().end() + ", "
                + Words.city(app.language(), clone.hostCity()) + " ("
                + Words.countryCode(app.language(), clone.hostCountry()) + ", " + clone.zone().getId() + ")";
        String title = clone.title().resolve(tag);
        app.out().println(app.say("Édition « " + newId + " » créée à partir de « " + source + " » : ",
                "Edition '" + newId + "' created from '" + source + "': ") + title + app.say(", n° ", ", no. ")
                + clone.number());
        app.out().println("  " + where + app.say(" ; ", "; ") + clone.sessions().size()
                + app.say(" sessions ; brouillon, version ", " sessions; draft, version ") + clone.version());
        if (this.title == null && !clone.title().equals(from.title())) {
            app.out().println(app.say("  titre : n° " + from.number() + " → n° " + clone.number() + " (était « "
                            + from.title().resolve(tag) + " »)",
                    "  title: no. " + from.number() + " → no. " + clone.number() + " (was '"
                            + from.title().resolve(tag) + "')"));
        }
        return ExitCodes.OK;
    }

    /**
     * @return the refusal with each problem of the title at the option that gives it: {@code --title}
     *         for the French title, {@code --title-en} for the English one
     */
    private static InvalidInputException withOptionNames(InvalidInputException refused) {
        List<Violation> named = refused.violations().stream()
                .map(v -> new Violation(option(v.path()), v.rule(), v.messageFr(), v.messageEn())).toList();
        return named.equals(refused.violations()) ? refused
                : new InvalidInputException("le clonage", "the clone", named);
    }

    private static String option(String path) {
        return switch (path) {
            case "title[fr]" -> "--title";
            case "title[en]" -> "--title-en";
            default -> path;
        };
    }

    private Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        if (title != null) {
            titles.put("fr", title);
        }
        if (titleEn != null) {
            titles.put("en", titleEn);
        }
        return titles.isEmpty() ? null : titles;
    }
}
