package org.digitalweek.event.cli.command;

import picocli.CommandLine.Option;

import org.digitalweek.event.domain.draft.SlotDraft;

/** The {@code --start} and {@code --end} options of the commands that place a session in time. */
final class SlotOptions {

    @Option(names = "--start", required = true, paramLabel = "DATE-TIME", converter = DateTimeOption.class,
            description = "When it starts, e.g. 2026-01-29T09:00.")
    WrittenMoment start;

    @Option(names = "--end", required = true, paramLabel = "DATE-TIME", converter = DateTimeOption.class,
            description = "When it ends, e.g. 2026-01-29T11:00.")
    WrittenMoment end;

    /**
     * @param command the command these options belong to
     * @param edition the edition's id, whose first day makes the example of a refused time
     * @return the slot, checked by the use case
     */
    SlotDraft slot(BaseCommand command, String edition) {
        MomentExamples examples = new MomentExamples(command.app(), edition);
        return new SlotDraft(start.dateTime(command, "--start", examples), end.dateTime(command, "--end", examples));
    }
}
