package org.digitalweek.event.cli.command;

import org.digitalweek.event.domain.model.ParticipantRole;

/** The values of {@code --role}: {@code presides}, {@code speaker}, {@code moderator}, … */
final class ParticipantRoleOption extends EnumOption<ParticipantRole> {

    /** Picocli builds it by reflection. */
    ParticipantRoleOption() {
        super(ParticipantRole.class);
    }
}
