package org.digitalweek.event.cli.command;

import picocli.CommandLine.ITypeConverter;

/**
 * Keeps a date such as {@code 2027-01-28} or {@code 28/01/2027} as written: the command reads it
 * ({@link WrittenMoment#date}) once it knows the edition its example of a date comes from.
 */
final class DateOption implements ITypeConverter<WrittenMoment> {

    @Override
    public WrittenMoment convert(String value) {
        return new WrittenMoment(value);
    }
}
