package org.digitalweek.event.cli.command;

import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.port.in.FormatDescription;

/** The format ids a command names when it refuses an unknown one, from the formats use case. */
final class KnownFormats {

    private KnownFormats() {
    }

    /**
     * @param app the run
     * @param id  a format id as the user typed it
     * @return whether editions can be exported to it
     */
    static boolean exported(Invocation app, String id) {
        return app.root().documents().formats().stream().anyMatch(f -> f.exported() && f.id().equals(id));
    }

    /**
     * @param app the run
     * @param id  a format id as the user typed it
     * @return whether editions can be imported from it
     */
    static boolean imported(Invocation app, String id) {
        return app.root().documents().formats().stream().anyMatch(f -> f.imported() && f.id().equals(id));
    }

    /** @return the export formats' ids, by id, e.g. {@code csv, html, ics} */
    static String exports(Invocation app) {
        return ids(app, FormatDescription::exported);
    }

    /** @return the import formats' ids, by id */
    static String imports(Invocation app) {
        return ids(app, FormatDescription::imported);
    }

    private static String ids(Invocation app, Predicate<FormatDescription> which) {
        return app.root().documents().formats().stream().filter(which).map(FormatDescription::id).distinct()
                .collect(Collectors.joining(", "));
    }
}
