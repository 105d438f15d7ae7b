/**
 * The composition root: the only place that chooses and builds adapters.
 */
package org.digitalweek.event.cli.boot;
