package org.digitalweek.event.persistence.json;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.node.ObjectNode;

/**
 * The chain of {@link Migration} steps that brings a file of any version this library knows up to
 * the current one, one version at a time. A file of a newer version is refused, never guessed at:
 * saving it back would lose what the newer version added.
 */
final class Migrations {

    /** The version this library writes. */
    static final int CURRENT = 2;

    static final String FORMAT_VERSION = "formatVersion";
    static final String AT_FORMAT_VERSION = "/" + FORMAT_VERSION;

    private static final Migrations STANDARD = new Migrations(CURRENT, List.of(new Version2Additions()));

    private final int current;
    private final Map<Integer, Migration> steps = new TreeMap<>();

    /**
     * @param current the version the chain leads to
     * @param steps   exactly one step from each version 1 to {@code current - 1}
     */
    Migrations(int current, List<Migration> steps) {
        this.current = current;
        for (Migration step : steps) {
            if (step.from() < 1 || step.from() >= current || this.steps.put(step.from(), step) != null) {
                throw new IllegalArgumentException("a second or stray migration from version " + step.from());
            }
        }
        if (this.steps.size() != current - 1) {
            throw new IllegalArgumentException("migrations to version " + current + " need a step from each version"
                    + " before it; found steps from " + this.steps.keySet());
        }
    }

    /** @return the chain of this library's format */
    static Migrations standard() {
        return STANDARD;
    }

    int current() {
        return current;
    }

    /**
     * @param file    a whole file
     * @param version its format version
     * @return the same file, changed in place to the current version
     * @throws DocumentProblem at {@code /formatVersion} when the version is not one this library reads
     */
    ObjectNode upgrade(ObjectNode file, long version) {
        if (version > current) {
            throw new DocumentProblem(AT_FORMAT_VERSION, "la version de format " + version + " est plus récente que"
                    + " celles que cette bibliothèque lit (" + current + ")",
                    "format version " + version + " is newer than this library reads (" + current + ")");
        }
        if (version < 1) {
            throw new DocumentProblem(AT_FORMAT_VERSION, "la version de format " + version + " n'existe pas :"
                    + " les versions commencent à 1", "format version " + version + " does not exist: versions start"
                    + " at 1");
        }
        for (int from = (int) version; from < current; from++) {
            steps.get(from).upgrade(file);
            file.put(FORMAT_VERSION, from + 1);
        }
        return file;
    }
}
