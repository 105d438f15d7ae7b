package org.digitalweek.event.export.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.GeneratedProgrammes;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.sample.SampleEditions;

/** The editions every exporter is tested on, and a way to run an exporter into bytes. */
public final class Editions {

    /** The clock of every export test: 1 February 2026, 12:00 UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);

    private static PublicEdition sample;
    private static PublicEdition generated;

    private Editions() {
    }

    /** @return the bundled sample edition, snm-2026 */
    public static synchronized PublicEdition sample() {
        if (sample == null) {
            try {
                var read = SampleEditions.read("snm-2026", new ImportContext("snm-2026.json", Optional.empty()));
                sample = Drafts.toEdition(Validators.inputValidator().check("snm-2026.json", read.edition()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sample;
    }

    /** @return 2,000 sessions over 7 days, 3 venues and 20 rooms */
    public static synchronized PublicEdition generated() {
        if (generated == null) {
            generated = GeneratedProgrammes.federatedWeek();
        }
        return generated;
    }

    /**
     * @param exporter an exporter
     * @param edition  an edition
     * @param language the language of the export
     * @return its output
     */
    public static byte[] export(Exporter exporter, PublicEdition edition, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(edition, new ExportContext(CLOCK, language), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
