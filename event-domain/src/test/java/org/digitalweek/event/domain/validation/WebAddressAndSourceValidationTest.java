package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.LinkKind;

/** A session's page, links and source identity are checked as input, in French and English. */
class WebAddressAndSourceValidationTest {

    private static final String WEB_FR = "doit être une adresse web http ou https absolue, avec un hôte, de 2000 "
            + "caractères au plus, sans espace";
    private static final String WEB_EN = "must be an absolute http or https web address with a host, of at most "
            + "2000 characters, with no space";

    private final InputValidator validator = Validators.inputValidator();

    @Test
    void validAddressesAndSourceHaveNoViolation() {
        assertThat(validator.violations(with(new SourceDraft("g", "1", "s", "lecture"), "https://example.ml/p",
                List.of(new LinkDraft("http://example.ml/live", Map.of("fr", "Direct"), LinkKind.LIVESTREAM),
                        new LinkDraft("https://example.ml/a.pdf", null, LinkKind.ATTACHMENT))))).isEmpty();
    }

    @Test
    void aPageOrLinkThatIsNoWebAddressIsReportedAtItsPathInBothLanguages() {
        EditionDraft draft = with(null, "javascript:alert(1)", List.of(
                new LinkDraft("https://example.ml/ok", null, LinkKind.SLIDES),
                new LinkDraft("ftp://example.ml/a.pdf", null, LinkKind.ATTACHMENT),
                new LinkDraft("slides.pdf", null, LinkKind.SLIDES)));

        assertThat(validator.violations(draft))
                .extracting(Violation::path, Violation::rule, Violation::messageFr, Violation::messageEn)
                .containsExactly(tuple("sessions[1].links[1].url", "WebAddress", WEB_FR, WEB_EN),
                        tuple("sessions[1].links[2].url", "WebAddress", WEB_FR, WEB_EN),
                        tuple("sessions[1].url", "WebAddress", WEB_FR, WEB_EN));
    }

    @Test
    void aLinkNeedsAnAddressAndAKindAndItsTitleIsPlainText() {
        EditionDraft draft = with(null, null, List.of(new LinkDraft(null, Map.of("fr", "a\u0007b"), null)));

        assertThat(validator.violations(draft)).extracting(Violation::path).containsExactly(
                "sessions[1].links[0].kind", "sessions[1].links[0].title", "sessions[1].links[0].url");
    }

    @Test
    void aSourcePartTooLongOrWithAControlCharacterIsReportedInBothLanguages() {
        EditionDraft draft = with(new SourceDraft("g".repeat(501), "6258\u0000", null, "lecture"), null, null);

        List<Violation> violations = validator.violations(draft);

        assertThat(violations).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("sessions[1].source.guid", "Size"), tuple("sessions[1].source.id", "PlainText"));
        assertThat(violations.get(0).messageFr()).contains("500");
        assertThat(violations.get(0).messageEn()).contains("500");
        assertThat(violations.get(1).messageFr()).startsWith("ne doit contenir ni caractère de contrôle")
                .contains("U+0000").contains("au caractère 5");
        assertThat(violations.get(1).messageEn()).startsWith("must hold no control character")
                .contains("U+0000").contains("at character 5");
    }

    private static EditionDraft with(SourceDraft source, String url, List<LinkDraft> links) {
        SessionDraft p = EditionDrafts.panel();
        SessionDraft changed = new SessionDraft(p.id(), p.type(), p.title(), p.summary(), p.track(), p.slot(),
                p.room(), p.participants(), p.languages(), p.status(), p.expectedAttendance(), p.statements(),
                p.illustrativeNote(), p.parallelAllowed(), p.origin(), source, url, links);
        return EditionDrafts.replacingSession(EditionDrafts.week(), 1, changed);
    }
}
