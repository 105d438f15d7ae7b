package org.digitalweek.event.cli.command;

import picocli.CommandLine.Option;

import org.digitalweek.event.domain.draft.SlotDraft;

/** The {@code --start} and {@code --end} options of the commands that place a session in time. */
final class SlotOptions {

    @Option(names = "--start", required = true, paramLabel = "${bundle:label.date-time}", converter = DateTimeOption.class,
            descriptionKey = "slot.start")
    WrittenMoment start;

    @Option(names = "--end", required = true, paramLabel = "${bundle:label.date-time}", converter = DateTimeOption.class,
            descriptionKey = "slot.end")
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
