package org.digitalweek.event.export.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * Every reported fact of the sample edition is written exactly as in the press report it comes from,
 * {@code ../shared/seed/semaine-du-numerique-mali-2026.txt}. Skipped when that folder is absent (a
 * user's clone); required when {@code CI=true}.
 */
class SampleEditionMatchesThePressReportTest {

    private static final Path REPORT = Path.of("..", "..", "shared", "seed", "semaine-du-numerique-mali-2026.txt");

    private static String report;
    private static PublicEdition edition;

    @BeforeAll
    static void load() throws IOException {
        Path path = REPORT.toAbsolutePath().normalize();
        boolean ci = "true".equals(System.getenv("CI"));
        if (!Files.exists(path)) {
            assertThat(ci).as("CI=true but the press report is missing at " + path).isFalse();
        }
        assumeTrue(Files.exists(path), "the press report is not here (" + path + "): ../shared is only on CI "
                + "and developer machines");
        report = Files.readString(path, StandardCharsets.UTF_8);
        edition = Drafts.toEdition(SampleEditions.read("snm-2026",
                new ImportContext("snm-2026.json", Optional.empty())).edition());
    }

    @Test
    void everyReportedNameTitleAndPlaceAppearsVerbatimInTheReport() {
        List<String> facts = new ArrayList<>();
        facts.add(edition.series().name().french());
        facts.add(edition.theme().title().french());
        facts.add(edition.hostCity().orElseThrow());
        edition.officials().stream().filter(o -> !o.provenance().isIllustrative())
                .forEach(o -> facts.add(o.fullName()));
        edition.venues().forEach(v -> {
            facts.add(v.name().french());
            v.shortName().ifPresent(facts::add);
        });
        edition.ministries().stream().filter(m -> !m.provenance().isIllustrative())
                .forEach(m -> facts.add(m.name().french().replaceFirst("^Ministère ", "")));
        edition.rooms().stream().filter(r -> !r.provenance().isIllustrative())
                .forEach(r -> facts.add(r.name().french().toLowerCase()));

        assertThat(facts).hasSizeGreaterThan(10).allSatisfy(fact -> assertThat(report).contains(fact));
    }

    @Test
    void everyStatementIsAQuotationOfTheReport() {
        assertThat(edition.sessions().stream().flatMap(s -> s.statements().stream()).map(Statement::text))
                .hasSize(2).allSatisfy(text -> assertThat(report).contains("« " + text));
    }

    @Test
    void theOpeningDateIsTheReportsDate() {
        assertThat(report).contains("jeudi 29 janvier 2026");
        assertThat(edition.dates().start()).hasToString("2026-01-29");
    }
}
