/**
 * The {@code digitalweek} command line.
 */
package org.digitalweek.event.cli;
