package org.digitalweek.event.domain.draft;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * A ministry's participation as input.
 *
 * @param ministry the ministry id
 * @param roles    its roles
 */
public record ParticipationDraft(@NotNull @Identifier String ministry,
                                 @NotEmpty Set<@NotNull ParticipationRole> roles) {
}
