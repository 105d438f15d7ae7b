/**
 * The progress line of long work (an import, an export): bytes read or written, rewritten in place on
 * standard error when it is a terminal, from the first second on, and cleared when the work ends.
 */
package org.digitalweek.event.cli.progress;
