package org.digitalweek.event.domain.model;

import java.util.Objects;

/**
 * Where a fact of the model comes from. Items that a source reports are {@link Reported}; items
 * added to make a programme complete where the source says nothing are {@link Illustrative}, with a
 * note saying what is invented, so that every export can show them as such and never as fact.
 */
public sealed interface Provenance permits Provenance.Reported, Provenance.Illustrative {

    /** @return the provenance of an item its source reports */
    static Provenance reported() {
        return Reported.INSTANCE;
    }

    /**
     * @param note what is illustrative and why
     * @return the provenance of an illustrative item
     */
    static Provenance illustrative(LocalizedText note) {
        return new Illustrative(note);
    }

    /** @return whether the item is illustrative rather than reported */
    default boolean isIllustrative() {
        return this instanceof Illustrative;
    }

    /** An item that its source reports. */
    record Reported() implements Provenance {
        static final Reported INSTANCE = new Reported();
    }

    /**
     * An item added for illustration, not reported by any source.
     *
     * @param note what is illustrative and why; never empty
     */
    record Illustrative(LocalizedText note) implements Provenance {

        /** Checks that the note says something. */
        public Illustrative {
            Objects.requireNonNull(note, "'note' must not be null");
            Invariants.require(!note.isEmpty(), "Provenance", "an illustrative item needs a note");
        }
    }
}
