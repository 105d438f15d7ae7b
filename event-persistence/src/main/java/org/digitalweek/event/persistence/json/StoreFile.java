package org.digitalweek.event.persistence.json;

/** What every file of the store says first: which format it is, and at which version. */
interface StoreFile {

    /** @return the format's name, e.g. {@value EditionFile#FORMAT} */
    String format();

    /** @return the format's version */
    Integer formatVersion();
}
