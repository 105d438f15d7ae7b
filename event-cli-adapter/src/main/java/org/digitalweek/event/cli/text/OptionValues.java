package org.digitalweek.event.cli.text;

import java.util.Locale;

/**
 * How the command line writes a constant of the model where a script or a user types it: as an option
 * value ({@code --type opening-ceremony}) and as a code in the {@code --json} documents.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * @param constant a constant of the model
     * @return its option value: {@code OPENING_CEREMONY} gives {@code opening-ceremony}
     */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
