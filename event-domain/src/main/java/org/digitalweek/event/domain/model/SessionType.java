package org.digitalweek.event.domain.model;

import org.digitalweek.event.domain.error.Bilingual;

/** The kind of a programme item. */
public enum SessionType {
    /** The official opening (<i>cérémonie d'ouverture</i>). */
    OPENING_CEREMONY("cérémonie d'ouverture", "opening ceremony"),
    /** The official closing. */
    CLOSING_CEREMONY("cérémonie de clôture", "closing ceremony"),
    /** A keynote address. */
    KEYNOTE("conférence plénière", "keynote"),
    /** A panel discussion, e.g. a high-level panel on digital governance. */
    PANEL("panel", "panel"),
    /** A masterclass given by an expert. */
    MASTERCLASS("masterclass", "masterclass"),
    /** A hands-on training, e.g. an intensive course in artificial intelligence. */
    TRAINING("formation", "training"),
    /** A workshop. */
    WORKSHOP("atelier", "workshop"),
    /** An exhibition, often open for several days in a shared hall. */
    EXHIBITION("exposition", "exhibition"),
    /** A break, a meal or a reception. */
    BREAK("pause", "break"),
    /** Anything else. */
    OTHER("autre", "other");

    private final String nameFr;
    private final String nameEn;

    SessionType(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return the kind in words a person reads, e.g. {@code atelier} / {@code workshop}
     */
    public String displayName(String language) {
        return Bilingual.pick(language, nameFr, nameEn);
    }

    /** @return whether the item is a ceremony, where protocol orders the speakers */
    public boolean isCeremony() {
        return this == OPENING_CEREMONY || this == CLOSING_CEREMONY;
    }
}
