package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.StatementDraft;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.fixtures.Validators;

/** Text a person could type passes; control characters, lone surrogates and U+FFFE/U+FFFF are refused with their place. */
class PlainTextTest {

    private final InputValidator validator = Validators.inputValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Bamako", "Deux lignes :\r\nIA\tculture", "Ségou 🇲🇱 ߒߞߏ", "\u00A0 espace insécable",
            "١٢٣ عربي", "Zalgo ̷̢̛"})
    void typedTextIsAccepted(String text) {
        assertThat(validator.violations(withHostCity(text))).isEmpty();
        assertThat(validator.violations(withTitle(text))).isEmpty();
    }

    @Test
    void aControlCharacterIsNamedWithItsPositionInBothLanguages() {
        List<Violation> found = validator.violations(withHostCity("Ba\u0007mako"));

        assertThat(found).extracting(Violation::path, Violation::rule).containsExactly(tuple("hostCity", "PlainText"));
        assertThat(found.get(0).messageEn()).startsWith("must hold no control character").endsWith("U+0007 at character 3");
        assertThat(found.get(0).messageFr()).startsWith("ne doit contenir ni caractère de contrôle")
                .endsWith("U+0007 au caractère 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u001Bb", "\u007F", "x\u0085", "\u009F", "\uFFFE", "\uFFFF", "\uD800",
            "a\uDC00", "\uD83D"})
    void untypedCharactersAreRefusedInEveryKindOfTextField(String text) {
        assertThat(validator.violations(withHostCity(text))).extracting(Violation::rule).containsExactly("PlainText");
        assertThat(validator.violations(withTitle(text))).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("title", "Localized"));
        assertThat(validator.violations(withTitle(text)).get(0).messageEn()).contains("U+");
    }

    @Test
    void aStatementAndAnOfficialNameFollowTheSameRule() {
        EditionDraft full = FullEdition.draft();
        StatementDraft said = full.sessions().get(0).statements().get(0);
        SessionDraft session = full.sessions().get(0);
        SessionDraft broken = new SessionDraft(session.id(), session.type(), session.title(),
                session.summary(), session.track(), session.slot(), session.room(), session.participants(),
                session.languages(), session.status(), session.expectedAttendance(),
                List.of(new StatementDraft(said.speaker(), "Nos\u0008 défis", said.language(), null)),
                session.illustrativeNote(), session.parallelAllowed(), session.origin());
        EditionDraft draft = full.withSessions(List.of(broken));

        assertThat(validator.violations(draft)).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("sessions[0].statements[0].text", "PlainText"));
    }

    private static EditionDraft withHostCity(String city) {
        EditionDraft d = FullEdition.draft();
        return new EditionDraft(d.id(), d.series(), d.number(), d.title(), d.theme(), d.startDate(), d.endDate(),
                d.timeZone(), city, d.hostCountry(), d.venues(), d.ministries(), d.participations(), d.officials(),
                d.sessions(), d.status(), d.publishedAt(), d.illustrativeNote());
    }

    private static EditionDraft withTitle(String title) {
        EditionDraft d = FullEdition.draft();
        return new EditionDraft(d.id(), d.series(), d.number(), Map.of("fr", title), d.theme(), d.startDate(),
                d.endDate(), d.timeZone(), d.hostCity(), d.hostCountry(), d.venues(), d.ministries(),
                d.participations(), d.officials(), d.sessions(), d.status(), d.publishedAt(), d.illustrativeNote());
    }
}
