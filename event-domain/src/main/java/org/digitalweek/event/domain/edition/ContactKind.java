package org.digitalweek.event.domain.edition;

/** How an official's office can be reached. */
public enum ContactKind {
    /** An e-mail address. */
    EMAIL,
    /** A telephone number. */
    PHONE,
    /** A postal address. */
    POSTAL
}
