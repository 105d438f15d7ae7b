package org.digitalweek.event.export.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes records as RFC 4180 lines: CRLF after every record, a cell quoted when it holds the
 * separator, a double quote, CR or LF, and double quotes inside doubled.
 *
 * <p>Every cell is first defused against CSV (formula) injection, as OWASP describes it: a
 * spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and some
 * also after a leading tab or CR) as a formula, so such a cell gets a leading {@code '}, which
 * spreadsheets show as text. Session titles and names come from people, so they may start so.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final char separator;

    CsvCells(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    /**
     * @param cells one record's cells
     * @throws IOException when the writer fails
     */
    void record(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            cell(defused(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * @param text a cell's text
     * @return the text with a leading {@code '} when a spreadsheet would take it for a formula
     */
    static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void cell(String text) throws IOException {
        if (!needsQuotes(text)) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    private boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == separator || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
