package org.digitalweek.event.cli.fuzz;

/**
 * One mutated document.
 *
 * @param name  what was done to the seed, e.g. {@code 17 delete-field+flip-bits}; with the format's
 *              seed, the number alone makes the same document again
 * @param bytes the document
 */
record Mutant(String name, byte[] bytes) {
}
