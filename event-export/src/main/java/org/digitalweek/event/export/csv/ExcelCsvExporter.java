package org.digitalweek.event.export.csv;

import java.io.IOException;
import java.io.OutputStream;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes the programme as CSV for Excel ({@code csv-excel}, {@code text/csv}): the table and the
 * formula-injection defence of {@link CsvExporter}, but with semicolons between cells and a UTF-8
 * byte order mark first, which is what Excel expects in French-speaking locales (where the comma is
 * the decimal separator) to open the file with a double click and show accents right.
 */
public final class ExcelCsvExporter implements Exporter {

    private final CsvProgramme programme = new CsvProgramme(CsvDialect.EXCEL);

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public ExcelCsvExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return CsvDialect.EXCEL.formatId();
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        programme.write(edition, context, out);
    }
}
