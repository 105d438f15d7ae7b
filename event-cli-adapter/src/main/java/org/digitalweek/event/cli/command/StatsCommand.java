package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.json.StatsJson;
import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.in.SeriesStatisticsQuery;
import org.digitalweek.event.domain.reuse.EditionStatistics;
import org.digitalweek.event.domain.reuse.SeriesStatistics;

/** {@code digitalweek stats SERIES}: a series' figures, edition by edition and in total. */
@Command(name = "stats")
final class StatsCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.series}", descriptionKey = "series")
    String series;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    int run(Invocation app) {
        SeriesStatistics stats = app.root().reuse().statistics(new SeriesStatisticsQuery(series));
        if (stats.editions().isEmpty()) {
            app.err().println("digitalweek: " + app.say(
                    "la série « " + series + " » n'a aucune édition dans le stockage",
                    "series '" + series + "' has no edition in the store"));
            return ExitCodes.USAGE;
        }
        if (json) {
            StatsJson.write(app.bytes(), app.language(), stats,
                    app.root().programme().editions(EditionQuery.inSeries(stats.series())));
            return ExitCodes.OK;
        }
        editions(app, stats).lines(app.terminal()).forEach(app.out()::println);
        app.out().println();
        byType(app, stats).lines(app.terminal()).forEach(app.out()::println);
        return ExitCodes.OK;
    }

    private static Table editions(Invocation app, SeriesStatistics stats) {
        Table table = new Table(app.say("ÉDITION", "EDITION"), "N°", app.say("DÉBUT", "START"), "SESSIONS",
                app.say("ANNULÉES", "CANCELLED"), app.say("INTERVENANTS", "SPEAKERS"),
                app.say("PAYS DES INTERVENANTS", "SPEAKERS' COUNTRIES"));
        for (EditionStatistics e : stats.editions()) {
            table.row(e.edition().value(), String.valueOf(e.number()), e.firstDay().toString(),
                    String.valueOf(held(e.sessionsByType())), String.valueOf(e.cancelledSessions()),
                    String.valueOf(e.speakers()), countries(app, e.speakersByCountry(), e.speakersWithoutCountry()));
        }
        int speakers = stats.editions().stream().mapToInt(EditionStatistics::speakers).sum();
        table.row("TOTAL", "", "", String.valueOf(held(stats.totalSessionsByType())),
                String.valueOf(stats.totalCancelled()), String.valueOf(speakers),
                countries(app, stats.totalSpeakersByCountry(), stats.totalSpeakersWithoutCountry()));
        return table;
    }

    private static Table byType(Invocation app, SeriesStatistics stats) {
        List<String> headings = new ArrayList<>(List.of(app.say("NATURE", "KIND")));
        stats.editions().forEach(e -> headings.add(e.edition().value()));
        headings.add("TOTAL");
        Table table = new Table(headings.toArray(String[]::new));
        for (Map.Entry<SessionType, Integer> total : stats.totalSessionsByType().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(Words.type(app.language(), total.getKey())));
            stats.editions().forEach(e -> cells.add(
                    String.valueOf(e.sessionsByType().getOrDefault(total.getKey(), 0))));
            cells.add(String.valueOf(total.getValue()));
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    private static int held(Map<SessionType, Integer> byType) {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return e.g. {@code ML 3, SN 1, sans pays 1} */
    private static String countries(Invocation app, Map<Country, Integer> byCountry, int without) {
        List<String> parts = byCountry.entrySet().stream().map(c -> c.getKey().code() + " " + c.getValue())
                .collect(Collectors.toCollection(ArrayList::new));
        if (without > 0) {
            parts.add(app.say("sans pays ", "no country ") + without);
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }
}
