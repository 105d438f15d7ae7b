package org.digitalweek.event.cli.planted;

import java.io.OutputStream;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Breaks "export never sees internal records" outside the export module: an exporter written beside
 * the commands that reaches for the aggregate root and a protocol file.
 */
public class LeakyExporter implements Exporter {
    Edition whole;
    ProtocolFile file;

    @Override
    public String formatId() {
        return "leak";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) {
        // writes nothing: only its fields matter to the rule
    }
}
