package org.digitalweek.event.export.csv;

/**
 * How the cells are separated and whether the file starts with a byte order mark.
 *
 * @param formatId  the format id of the exporter
 * @param separator the cell separator
 * @param bom       whether to write the UTF-8 byte order mark, which Excel needs to read UTF-8
 */
record CsvDialect(String formatId, char separator, boolean bom) {

    /** RFC 4180: commas, no byte order mark. */
    static final CsvDialect RFC_4180 = new CsvDialect("csv", ',', false);

    /**
     * What Excel opens correctly in a French (or any comma-decimal) locale: semicolons, and a byte
     * order mark without which it reads UTF-8 as Windows-1252.
     */
    static final CsvDialect EXCEL = new CsvDialect("csv-excel", ';', true);
}
