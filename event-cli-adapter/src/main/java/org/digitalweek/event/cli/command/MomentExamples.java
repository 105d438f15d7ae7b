package org.digitalweek.event.cli.command;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/**
 * Examples of a date and of a date and time for a message that refuses one, taken from the edition
 * the command is about: its first day, at the time of its first session. The edition is read only
 * when an example is asked for, that is when a date was refused; a generic example stands in when
 * there is no such edition.
 */
final class MomentExamples {

    private static final LocalDate GENERIC_DAY = LocalDate.of(2026, 1, 29);
    private static final LocalTime GENERIC_TIME = LocalTime.of(9, 0);

    private final Invocation app;
    private final String editionId;

    /**
     * @param app       the run, to read the edition through the in-port
     * @param editionId the edition the command is about, as the user gave it; null for none
     */
    MomentExamples(Invocation app, String editionId) {
        this.app = app;
        this.editionId = editionId;
    }

    /** @return a date such as the edition's first day: {@code 2026-01-29 (premier jour de snm-2026)} */
    String date(Language language) {
        return edition().map(e -> e.dates().start() + firstDayOf(language, e)).orElse(GENERIC_DAY.toString());
    }

    /** @return a date and time such as the edition's first day at its first session's time */
    String dateTime(Language language) {
        return edition().map(e -> e.dates().start().atTime(firstTime(e)) + firstDayOf(language, e))
                .orElse(GENERIC_DAY.atTime(GENERIC_TIME).toString());
    }

    private static String firstDayOf(Language language, PublicEdition edition) {
        return language.pick(" (premier jour de ", " (first day of ") + edition.id().value() + ")";
    }

    private static LocalTime firstTime(PublicEdition edition) {
        return edition.programme().stream().findFirst().map(Session::slot).map(s -> s.start().toLocalTime())
                .orElse(GENERIC_TIME);
    }

    private Optional<PublicEdition> edition() {
        if (editionId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(app.root().programme().edition(new EditionQueryById(editionId)));
        } catch (DomainException | UncheckedIOException e) {
            return Optional.empty(); // no such edition, or no store: the generic example says enough
        }
    }
}
