package org.digitalweek.event.domain.architecture.planted;

import java.util.logging.Logger;

/** Breaks the coding rules: prints, logs with java.util.logging and throws a generic exception. */
public class PlantedPrinter {
    private static final Logger LOG = Logger.getLogger("planted");

    void print() {
        System.out.println("hello");
    }

    void log() {
        LOG.info("hello");
    }

    void fail() {
        throw new RuntimeException("generic");
    }
}
