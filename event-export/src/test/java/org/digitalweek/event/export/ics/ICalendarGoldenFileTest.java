package org.digitalweek.event.export.ics;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;

/** The sample edition's calendar, byte for byte, in French and in English. */
class ICalendarGoldenFileTest {

    private final ICalendarExporter exporter = new ICalendarExporter();

    @Test
    void the_sample_in_french_matches_its_golden_file() throws IOException {
        GoldenFiles.assertMatches("snm-2026.fr.ics", Editions.export(exporter, Editions.sample(), "fr"));
    }

    @Test
    void the_sample_in_english_matches_its_golden_file() throws IOException {
        GoldenFiles.assertMatches("snm-2026.en.ics", Editions.export(exporter, Editions.sample(), "en"));
    }
}
