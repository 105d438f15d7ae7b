package org.digitalweek.event.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.NaughtyProgramme;

/** Python's csv module reads back the edition of naughty strings, every cell in its place and neutralised. */
class CsvNaughtyStringsTest {

    @TempDir
    Path folder;

    @Test
    void bothDialectsReadBackWithEveryRowWholeAndNoFormulaLeft() throws IOException {
        PublicEdition naughty = NaughtyProgramme.edition();
        for (CsvDialect dialect : List.of(CsvDialect.RFC_4180, CsvDialect.EXCEL)) {
            byte[] csv = Editions.export(dialect == CsvDialect.EXCEL ? new ExcelCsvExporter() : new CsvExporter(),
                    naughty, "fr");

            List<List<String>> rows = PythonCsv.read(csv, dialect, folder);

            assertThat(rows).hasSize(naughty.sessions().size() + 1).allSatisfy(row -> assertThat(row).hasSize(16));
            assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row)
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
        }
    }
}
