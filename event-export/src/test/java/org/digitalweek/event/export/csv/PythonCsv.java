package org.digitalweek.event.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.digitalweek.event.export.support.ExternalTools;

/**
 * Reads a CSV export back with Debian's Python {@code csv} module in strict mode, an independent
 * parser. The records come back separated by ASCII record separators and the cells by unit
 * separators, which no cell holds, written as raw UTF-8 so that CR and LF inside cells survive.
 */
final class PythonCsv {

    private static final String SCRIPT = """
            import csv, io, sys
            path, delimiter, bom = sys.argv[1], sys.argv[2], sys.argv[3] == 'bom'
            with open(path, encoding='utf-8', newline='') as f:
                text = f.read()
            if text.startswith('\\ufeff') != bom:
                sys.exit('byte order mark: expected %s' % bom)
            text = text.lstrip('\\ufeff')
            if not text.endswith('\\r\\n'):
                sys.exit('the last record does not end with CRLF')
            rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=delimiter, strict=True))
            sys.stdout.buffer.write('\\x1e'.join('\\x1f'.join(row) for row in rows).encode('utf-8'))
            """;

    private PythonCsv() {
    }

    /**
     * @param csv     the export
     * @param dialect how it was written
     * @param folder  where to put it for Python
     * @return its records as Python reads them
     * @throws IOException when the file cannot be written
     */
    static List<List<String>> read(byte[] csv, CsvDialect dialect, Path folder) throws IOException {
        ExternalTools.requirePython("csv");
        Path file = Files.createTempFile(folder, dialect.formatId(), ".csv");
        Files.write(file, csv);
        ExternalTools.Run run = ExternalTools.python(SCRIPT, file.toString(), String.valueOf(dialect.separator()),
                dialect.bom() ? "bom" : "no-bom");
        assertThat(run.exitCode()).as("Python's csv module on %s: %s", dialect.formatId(), run.output()).isZero();
        return Arrays.stream(run.output().split("\u001e", -1))
                .map(row -> List.of(row.split("\u001f", -1))).toList();
    }
}
