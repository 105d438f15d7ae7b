package org.digitalweek.event.domain.architecture.planted;

import java.io.OutputStream;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/** Breaks "the public model cannot reach internal records" when the rule is aimed at this package. */
public class PlantedLeakyModel implements Exporter {
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
        // nothing
    }
}
