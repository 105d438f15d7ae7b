package org.digitalweek.event.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * The seeds of issue 16 attack what they mean to: each differs from the sample's export, and each
 * is refused with the rule it breaks, or, for a bomb under a name the JDK knows and for yearly rules
 * from the year 0001, imported. (The fuzzing test runs them too, with its other promises.)
 */
class ExpansionSeedsTest {

    /** What each seed must come to: the start of the first problem's rule, or {@code imported}. */
    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("ics expansion-zone-rule-0", "VTIMEZONE 'Bomb/Zone' has a rule no time zone has"),
            Map.entry("ics expansion-zone-rule-1", "VTIMEZONE 'Bomb/Zone' has a rule no time zone has"),
            Map.entry("ics expansion-zone-rule-2", "VTIMEZONE 'Bomb/Zone' has a rule no time zone has"),
            Map.entry("ics expansion-zone-rule-3", "imported"), // yearly, never matches: no onset, its DTSTART's offset
            Map.entry("ics expansion-zone-rule-4", "VTIMEZONE 'Bomb/Zone' has a rule no time zone has"),
            Map.entry("ics expansion-zone-bomb-known-name", "imported"),
            Map.entry("ics expansion-zone-yearly-from-0001", "imported"),
            Map.entry("ics expansion-span-forever", "the event lasts 3652058 days"),
            Map.entry("ics expansion-span-far-event", "the event lasts"),
            Map.entry("frab-xml expansion-span-conference", "the conference runs 3652059 days"),
            Map.entry("frab-xml expansion-span-far-event", "imported"), // kept in 0001, outside the dates, reported
            Map.entry("frab-json expansion-span-conference", "the conference runs 3652059 days"),
            Map.entry("frab-json expansion-span-far-event", "imported"),
            Map.entry("schedule2 expansion-span-conference", "the conference runs 3652058 days"),
            Map.entry("schedule2 expansion-span-far-event", "the event lasts 739617 days"),
            Map.entry("json expansion-span-dates", "invalid endDate: BoundedLength"),
            Map.entry("json expansion-span-session", "invalid sessions[0].slot.end (id ceremonie-de-lancement): "
                    + "BoundedLength"));

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"ics", "frab-xml", "frab-json", "schedule2", "json"})
    void each_seed_is_refused_for_the_rule_it_breaks_or_imported(String format) {
        try (SampleStore store = SampleStore.open("file", folder)) {
            String seed = new String(store.export(format), StandardCharsets.UTF_8);
            List<Mutant> seeds = ExpansionSeeds.of(format, seed);

            assertThat(seeds).isNotEmpty().allSatisfy(m -> assertThat(new String(m.bytes(), StandardCharsets.UTF_8))
                    .as(m.name()).isNotEqualTo(seed));
            for (Mutant mutant : seeds) {
                String name = format + " " + mutant.name();
                assertThat(outcome(store, format, mutant)).as(name).startsWith(OUTCOMES.get(name));
            }
        }
    }

    private static String outcome(SampleStore store, String format, Mutant mutant) {
        ImportEditionCommand dryRun = ImportEditionCommand.create(format, ImportContext.named(mutant.name())
                .withEditionId("seed").withDefaultZone(ZoneId.of("Africa/Bamako"))).asDryRun();
        Throwable failure = catchThrowable(() -> store.documents().importEdition(dryRun,
                new ByteArrayInputStream(mutant.bytes())));
        if (failure == null) {
            return "imported";
        }
        if (failure instanceof UnreadableDocumentException unreadable) {
            return unreadable.problems().get(0).ruleEn();
        }
        if (failure instanceof InvalidInputException invalid) {
            return "invalid " + invalid.violations().get(0).path() + ": " + invalid.violations().get(0).rule();
        }
        return failure.toString();
    }
}
