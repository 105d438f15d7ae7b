/**
 * Commands that break the rules on purpose, in test sources only, in a package of the command line
 * that the production rules cover.
 */
package org.digitalweek.event.cli.command.planted;
