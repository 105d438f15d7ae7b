package org.digitalweek.event.cli.command;

import picocli.CommandLine.ITypeConverter;

/**
 * Keeps a local date and time such as {@code 2026-01-29T09:00} or {@code 29/01/2026 09:00} as
 * written: the command reads it ({@link WrittenMoment#dateTime}) once it knows the edition its
 * example comes from.
 */
final class DateTimeOption implements ITypeConverter<WrittenMoment> {

    @Override
    public WrittenMoment convert(String value) {
        return new WrittenMoment(value);
    }
}
