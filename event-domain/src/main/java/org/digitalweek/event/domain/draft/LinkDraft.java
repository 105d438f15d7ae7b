package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.WebAddress;

/**
 * A link published with a session, as input; see {@link org.digitalweek.event.domain.model.SessionLink}.
 *
 * @param url   where it leads: an absolute http or https address
 * @param title what it is called, per language; may be absent
 * @param kind  what it leads to
 */
public record LinkDraft(@NotNull @WebAddress String url, @Localized Map<String, String> title,
                        @NotNull LinkKind kind) {
}
