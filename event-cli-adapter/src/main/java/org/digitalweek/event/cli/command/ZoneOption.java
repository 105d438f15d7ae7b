package org.digitalweek.event.cli.command;

import java.time.DateTimeException;
import java.time.ZoneId;

import picocli.CommandLine.ITypeConverter;

/** Reads an IANA time zone such as {@code Africa/Bamako}. */
final class ZoneOption implements ITypeConverter<ZoneId> {

    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new BadValue("« " + value + " » n'est pas un fuseau horaire comme Africa/Bamako",
                    "'" + value + "' is not a time zone such as Africa/Bamako");
        }
    }
}
