package org.digitalweek.event.cli.boot;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The store a command uses when {@code --store} names none, and whether it receives the bundled
 * sample editions. One rule: only the implicit default, {@code ~/.digitalweek/store}, used when
 * neither {@code --store} nor {@code DIGITALWEEK_STORE} names a store, receives them, the first time
 * it is found holding no edition. A store the user names, by option or by environment, starts empty
 * (a ministry's production store must not receive demonstration data); {@code digitalweek sample add}
 * adds the sample to any store.
 *
 * @param uri            the store's URI, e.g. {@code file:/home/awa/.digitalweek/store}
 * @param receivesSample whether the store receives the bundled sample editions when it holds no edition
 */
public record DefaultStore(String uri, boolean receivesSample) {

    /** The environment variable that names the store used without {@code --store}. */
    public static final String STORE_VARIABLE = "DIGITALWEEK_STORE";

    /** @throws NullPointerException when {@code uri} is null */
    public DefaultStore {
        Objects.requireNonNull(uri, "'uri' must not be null");
    }

    /**
     * @param uri the implicit default store's URI, e.g. a folder of a test's own
     * @return that store as the implicit default: it receives the sample editions when it holds none
     */
    public static DefaultStore implicit(String uri) {
        return new DefaultStore(uri, true);
    }

    /**
     * @param uri a store the user named ({@code DIGITALWEEK_STORE})
     * @return that store, which starts empty
     */
    public static DefaultStore named(String uri) {
        return new DefaultStore(uri, false);
    }

    /**
     * @param environment the environment variables
     * @param userHome    the user's home folder ({@code user.home})
     * @return {@code DIGITALWEEK_STORE} when it is set and not blank, which starts empty; else the
     *         implicit default, the folder {@code .digitalweek/store} in the user's home
     */
    public static DefaultStore of(Map<String, String> environment, String userHome) {
        String chosen = environment.get(STORE_VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return named(chosen);
        }
        return implicit("file:" + Path.of(userHome, ".digitalweek", "store"));
    }
}
