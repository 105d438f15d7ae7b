package org.digitalweek.event.persistence.planted;

import java.util.List;

import org.digitalweek.event.cli.text.Terminal;
import org.digitalweek.event.export.sample.SampleEditions;

/** Breaks "adapters do not know each other": a store that reads the export's samples and the CLI's terminal. */
public class StoreSeedingSamples {
    List<String> ids = SampleEditions.ids();
    Terminal terminal = Terminal.PLAIN;
}
