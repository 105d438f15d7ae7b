package org.digitalweek.event.cli.command;

import org.digitalweek.event.domain.model.SessionType;

/** The values of {@code --type}: {@code opening-ceremony}, {@code keynote}, {@code panel}, … */
final class SessionTypeOption extends EnumOption<SessionType> {

    /** Picocli builds it by reflection. */
    SessionTypeOption() {
        super(SessionType.class);
    }
}
