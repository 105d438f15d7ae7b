package org.digitalweek.event.cli.command;

import java.util.Arrays;
import java.util.Iterator;

import picocli.CommandLine.ITypeConverter;

import org.digitalweek.event.cli.text.OptionValues;

/**
 * Reads an enum option as the user types it: {@code opening-ceremony}, {@code OPENING_CEREMONY} or
 * any case in between. As completion candidates it lists the first form, which the help shows.
 *
 * @param <E> the enum
 */
abstract class EnumOption<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

    private final Class<E> type;

    /** @param type the enum's class */
    EnumOption(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        String wanted = value.strip().replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new BadValue("« " + value + " » n'est pas l'une des valeurs " + String.join(", ", this),
                        "'" + value + "' is not one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants()).map(OptionValues::of).iterator();
    }
}
