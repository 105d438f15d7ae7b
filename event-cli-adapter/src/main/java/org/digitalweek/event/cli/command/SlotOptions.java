package org.digitalweek.event.cli.command;

import java.time.LocalDateTime;

import picocli.CommandLine.Option;

import org.digitalweek.event.domain.draft.SlotDraft;

/** The {@code --start} and {@code --end} options of the commands that place a session in time. */
final class SlotOptions {

    @Option(names = "--start", required = true, paramLabel = "DATE-TIME", converter = DateTimeOption.class,
            description = "When it starts, e.g. 2026-01-29T09:00.")
    LocalDateTime start;

    @Option(names = "--end", required = true, paramLabel = "DATE-TIME", converter = DateTimeOption.class,
            description = "When it ends, e.g. 2026-01-29T11:00.")
    LocalDateTime end;

    /** @return the slot, checked by the use case */
    SlotDraft slot() {
        return new SlotDraft(start, end);
    }
}
