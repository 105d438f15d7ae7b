package org.digitalweek.event.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents found to attack the library, kept as seeds at the start of each format's catalogue
 * ({@link HostileDocuments}), after the deep, huge and entity documents. Each finding keeps its
 * seeds in a class of its own; this class lists them, one line each.
 */
final class SeedDocuments {

    private SeedDocuments() {
    }

    /**
     * @param format the import format
     * @param seed   the format's seed document: the sample's export
     * @return every seed document of that format
     */
    static List<Mutant> of(String format, String seed) {
        List<Mutant> seeds = new ArrayList<>();
        seeds.addAll(ExpansionSeeds.of(format, seed)); // issue 16: recurrence bombs, extreme spans
        seeds.add(new Mutant("overlap-block", OverlapBlock.of(format, seed, OverlapBlock.FUZZED_COPIES))); // issue 16
        return List.copyOf(seeds);
    }
}
