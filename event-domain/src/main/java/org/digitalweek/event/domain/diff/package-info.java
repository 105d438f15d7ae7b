/**
 * A structured changelog between two public programmes — two releases of one edition, or the
 * programmes of two editions: {@link org.digitalweek.event.domain.diff.ProgrammeDiff}. Items are
 * matched by their stable ids, so a session keeps its history across releases whatever its place in
 * the list. The diff is a value a caller can render; {@link org.digitalweek.event.domain.diff.DiffText}
 * renders it as plain text in French or English.
 */
package org.digitalweek.event.domain.diff;
