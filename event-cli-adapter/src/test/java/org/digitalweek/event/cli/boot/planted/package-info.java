/**
 * A class of the composition root's package, in test sources only: what the rules forbid elsewhere
 * is allowed here, and the bite test checks that the exemption is this package alone.
 */
package org.digitalweek.event.cli.boot.planted;
