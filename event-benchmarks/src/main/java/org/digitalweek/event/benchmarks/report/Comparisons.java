package org.digitalweek.event.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The comparisons of {@code docs/performance.md}, with the targets of the benchmark issue. */
public final class Comparisons {

    private Comparisons() {
    }

    /** @return every comparison, in the table's order */
    public static List<Comparison> all() {
        return List.of(
                new Comparison("conflict check / sort by start (limit)", List.of("ConflictCheckBenchmark.check"), Map.of(),
                        List.of("ConflictCheckBenchmark.sortOnly"), new Target.AtMost(3), Set.of("100000")),
                new Comparison("conflict check / pairwise check (peer)", List.of("PairwiseBenchmark.check"), Map.of(),
                        List.of("PairwiseBenchmark.pairwise"), new Target.FasterBy(100), Set.of()),
                new Comparison("canonical JSON export / Jackson tree write (limit)",
                        List.of("CanonicalJsonBenchmark.export"), Map.of(),
                        List.of("CanonicalJsonBenchmark.rawWrite"), new Target.AtMost(2), Set.of()),
                new Comparison("canonical JSON import / Jackson tree read (limit)",
                        List.of("CanonicalJsonBenchmark.importDocument"), Map.of(),
                        List.of("CanonicalJsonBenchmark.rawRead"), new Target.AtMost(2), Set.of()),
                new Comparison("ics export / ical4j build and write (peer)", List.of("ICalendarBenchmark.export"), Map.of(),
                        List.of("ICalendarBenchmark.ical4j"), new Target.None(), Set.of()),
                new Comparison("FOSDEM 2021 frab-xml import / bare StAX pass (limit)",
                        List.of("FosdemImportBenchmark.importSchedule"), Map.of(),
                        List.of("FosdemImportBenchmark.bareStax"), new Target.AtMost(2), Set.of()),
                // Time per request at most twice the limit's: at least half its requests per second (issue 19).
                new Comparison("HTTP GET /editions/{id}, 4 clients / constant body (limit)",
                        List.of("HttpReadBenchmark.edition"), Map.of(), List.of("HttpReadBenchmark.editionLimit"),
                        new Target.AtMost(2), Set.of()),
                new Comparison("HTTP GET /editions/{id}/sessions?day=, 4 clients / constant body (limit)",
                        List.of("HttpReadBenchmark.sessionsOfADay"), Map.of(), List.of("HttpReadBenchmark.sessionsLimit"),
                        new Target.AtMost(2), Set.of()),
                store("JSON files", "file", new Target.AtMost(2.5)),
                store("SQLite", "sqlite", new Target.None()),
                store("PostgreSQL", "postgresql", new Target.None()));
    }

    private static Comparison store(String name, String store, Target target) {
        return new Comparison(name + " save + load / canonical JSON round trip",
                List.of("StoreBenchmark.save", "StoreBenchmark.load"), Map.of("store", store),
                List.of("JsonRoundTripBenchmark.roundTrip"), target, Set.of());
    }
}
