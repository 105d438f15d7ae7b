package org.digitalweek.event.cli.command;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a local date and time: {@code 2026-01-29T09:00}, or {@code 2026-01-29 09:00} as people write it. */
final class DateTimeOption implements ITypeConverter<LocalDateTime> {

    @Override
    public LocalDateTime convert(String value) {
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date and time such as 2026-01-29T09:00");
        }
    }
}
