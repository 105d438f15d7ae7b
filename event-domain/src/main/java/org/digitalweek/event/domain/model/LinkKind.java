package org.digitalweek.event.domain.model;

import org.digitalweek.event.domain.error.Bilingual;

/** What a session's link leads to. */
public enum LinkKind {
    /** The live stream of the session. */
    LIVESTREAM("diffusion en direct", "live stream"),
    /** The slides shown. */
    SLIDES("présentation", "slides"),
    /** The recording, once published. */
    RECORDING("enregistrement", "recording"),
    /** Where to register for it. */
    REGISTRATION("inscription", "registration"),
    /** A file attached to it: a paper, a handout (frab's {@code <attachment>}). */
    ATTACHMENT("pièce jointe", "attachment"),
    /** An image that stands for it (frab's {@code <logo>}). */
    LOGO("logo", "logo"),
    /** Any other page about it (frab's {@code <link>}). */
    OTHER("autre lien", "other link");

    private final String nameFr;
    private final String nameEn;

    LinkKind(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return what the link leads to in words a person reads, e.g. {@code enregistrement} / {@code recording}
     */
    public String displayName(String language) {
        return Bilingual.pick(language, nameFr, nameEn);
    }
}
