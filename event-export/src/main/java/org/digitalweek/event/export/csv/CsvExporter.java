package org.digitalweek.event.export.csv;

import java.io.IOException;
import java.io.OutputStream;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes the programme as RFC 4180 CSV ({@code csv}, {@code text/csv}): UTF-8 without a byte order
 * mark, commas, CRLF line ends, a header row in the context language, then one row per session in
 * programme order with the columns id, day, start, end (wall-clock {@code HH:mm} in the edition's
 * time zone; the end carries its date when it falls on another day), time zone, room, venue, type,
 * track, title, status, languages, speakers ({@code Name (role)} joined with {@code " ; "}),
 * expected attendance and illustrative note.
 *
 * <p>Cells that a spreadsheet would run as formulas ({@code = + - @}, tab, CR first) get a leading
 * {@code '}: the OWASP defence against CSV injection. See {@link ExcelCsvExporter} for the dialect
 * Excel opens directly.
 */
public final class CsvExporter implements Exporter {

    private final CsvProgramme programme = new CsvProgramme(CsvDialect.RFC_4180);

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public CsvExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return CsvDialect.RFC_4180.formatId();
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
