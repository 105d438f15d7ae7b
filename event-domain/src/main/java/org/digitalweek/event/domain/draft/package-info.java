/**
 * Drafts: an edition, or a part of one, as plain data that may be incomplete or wrong, the way a
 * command or an imported document first arrives. Drafts are checked with Jakarta Validation, which
 * reports every problem at once with its path ({@code sessions[3].slot.end}); only a valid draft is
 * turned into the model by {@link org.digitalweek.event.domain.draft.Drafts}. Localized texts are
 * maps from BCP 47 tags to text; an {@code illustrativeNote} that is present marks an illustrative item.
 *
 * <p>Unlike the model, a draft's parts may be {@code null}: a draft holds input as it came, and
 * reporting what is missing is the validator's job. Absent optional parts take their defaults in
 * {@code Drafts.toEdition}.
 */
package org.digitalweek.event.domain.draft;
