package org.digitalweek.event.domain.model;

/** What a session's link leads to. */
public enum LinkKind {
    /** The live stream of the session. */
    LIVESTREAM,
    /** The slides shown. */
    SLIDES,
    /** The recording, once published. */
    RECORDING,
    /** Where to register for it. */
    REGISTRATION,
    /** A file attached to it: a paper, a handout (frab's {@code <attachment>}). */
    ATTACHMENT,
    /** An image that stands for it (frab's {@code <logo>}). */
    LOGO,
    /** Any other page about it (frab's {@code <link>}). */
    OTHER
}
