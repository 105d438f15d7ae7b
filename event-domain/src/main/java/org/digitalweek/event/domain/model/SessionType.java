package org.digitalweek.event.domain.model;

/** The kind of a programme item. */
public enum SessionType {
    /** The official opening (<i>cérémonie d'ouverture</i>). */
    OPENING_CEREMONY,
    /** The official closing. */
    CLOSING_CEREMONY,
    /** A keynote address. */
    KEYNOTE,
    /** A panel discussion, e.g. a high-level panel on digital governance. */
    PANEL,
    /** A masterclass given by an expert. */
    MASTERCLASS,
    /** A hands-on training, e.g. an intensive course in artificial intelligence. */
    TRAINING,
    /** A workshop. */
    WORKSHOP,
    /** An exhibition, often open for several days in a shared hall. */
    EXHIBITION,
    /** A break, a meal or a reception. */
    BREAK,
    /** Anything else. */
    OTHER;

    /** @return whether the item is a ceremony, where protocol orders the speakers */
    public boolean isCeremony() {
        return this == OPENING_CEREMONY || this == CLOSING_CEREMONY;
    }
}
