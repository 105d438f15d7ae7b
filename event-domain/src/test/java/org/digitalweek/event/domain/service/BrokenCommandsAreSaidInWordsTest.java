package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.fixtures.Wording;
import org.digitalweek.event.domain.port.in.ArchiveEditionCommand;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.ReleaseQuery;
import org.digitalweek.event.domain.port.in.SessionQuery;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

/**
 * Issue 18, part 3: a broken command names what was asked in words, in French and in English, with
 * its count written out; no class name ({@code MoveSessionCommand : 1 problème(s)}) reaches a person.
 */
class BrokenCommandsAreSaidInWordsTest {

    private static final String BAD = "Not An Id!";

    private final FakeEditions store = new FakeEditions();
    private final ProgrammeService programme = new ProgrammeService(store, Validators.inputValidator());
    private final PublicationService publication = new PublicationService(store, Validators.inputValidator(),
            new ProgrammeChecker(), Clock.systemUTC());

    @BeforeEach
    void planTheWeek() {
        programme.plan(new PlanEditionCommand(EditionDrafts.week()));
    }

    @Test
    void everyBrokenCommandIsSaidInWordsInBothLanguages() {
        Map<String, Runnable> broken = new LinkedHashMap<>();
        broken.put("move", () -> programme.move(new MoveSessionCommand(BAD, -1L, BAD, null, BAD)));
        broken.put("cancel", () -> programme.cancel(new CancelSessionCommand(BAD, -1L, BAD)));
        broken.put("search", () -> programme.programme(new ProgrammeQuery(BAD, null, BAD, BAD, BAD)));
        broken.put("session", () -> programme.speakingOrder(new SessionQuery(BAD, BAD)));
        broken.put("check", () -> programme.check(new EditionQueryById(BAD)));
        broken.put("publish", () -> publication.publish(new PublishEditionCommand(BAD, -1L, BAD)));
        broken.put("archive", () -> publication.archive(new ArchiveEditionCommand(BAD, -1L)));
        broken.put("release", () -> publication.release(new ReleaseQuery(BAD, BAD)));

        broken.forEach((name, call) -> {
            InvalidInputException e = catchThrowableOfType(call::run, InvalidInputException.class);
            assertThat(e).as(name).isNotNull();
            String french = e.getMessage("fr");
            String english = e.getMessage("en");
            Wording.assertFrench(french, name);
            Wording.assertEnglish(english, name);
            int count = e.violations().size();
            assertThat(french).as(name).contains(count == 1 ? " : 1 problème\n" : " : " + count + " problèmes\n");
            assertThat(english).as(name).contains(count == 1 ? ": 1 problem\n" : ": " + count + " problems\n");
            assertThat(french.lines().findFirst().orElseThrow()).as(name).doesNotContain("Command", "Query");
        });
    }
}
