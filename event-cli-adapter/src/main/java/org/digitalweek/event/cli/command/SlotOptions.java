package org.digitalweek.event.cli.command;

import java.time.LocalDateTime;

import picocli.CommandLine.Option;

import org.digitalweek.event.domain.draft.SlotDraft;

/** The {@code --start} and {@code --end} options of the commands that place a session in time. */
final class SlotOptions {

    @Option(names = "--start", required = true, paramLabel = "${bundle:label.date-time}", converter = DateTimeOption.class,
            descriptionKey = "slot.start")
    LocalDateTime start;

    @Option(names = "--end", required = true, paramLabel = "${bundle:label.date-time}", converter = DateTimeOption.class,
            descriptionKey = "slot.end")
    LocalDateTime end;

    /** @return the slot, checked by the use case */
    SlotDraft slot() {
        return new SlotDraft(start, end);
    }
}
