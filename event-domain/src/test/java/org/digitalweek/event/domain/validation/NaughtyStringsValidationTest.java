package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.fixtures.NaughtyEditions;
import org.digitalweek.event.domain.fixtures.NaughtyStrings;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * Each of the 485 naughty strings in every free-text field: the edition is accepted, or refused
 * because the string is blank or holds a character no one types, with a message that names the
 * field and the rule in both languages.
 */
class NaughtyStringsValidationTest {

    @Test
    void theWholeListIsRead() {
        assertThat(NaughtyStrings.all()).hasSize(485).contains("<script>alert(123)</script>", "1'; DROP TABLE users-- 1",
                "-1", "")
                .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    }

    @Test
    void aStringIsRefusedExactlyWhenItIsBlankOrHoldsACharacterNoOneTypes() {
        Map<Integer, List<Violation>> refused = NaughtyEditions.refused();

        for (int i = 0; i < NaughtyStrings.all().size(); i++) {
            String s = NaughtyStrings.all().get(i);
            assertThat(refused.containsKey(i)).as("string %d, %s", i, s.codePoints().limit(12).boxed().toList())
                    .isEqualTo(s.isBlank() || !typedByAPerson(s));
        }
        assertThat(refused.size()).as("refused").isBetween(4, 16);
        // The figures of docs/reliability.md.
        System.out.printf("naughty strings: %d, accepted in every field %d, refused %d (blank %d, untyped %d)%n",
                NaughtyStrings.all().size(), NaughtyStrings.all().size() - refused.size(), refused.size(),
                refused.keySet().stream().filter(i -> NaughtyStrings.all().get(i).isBlank()).count(),
                refused.keySet().stream().filter(i -> !typedByAPerson(NaughtyStrings.all().get(i))).count());
    }

    @Test
    void everyRefusalNamesTheFieldAndTheRuleInBothLanguages() {
        NaughtyEditions.refused().forEach((index, violations) -> assertThat(violations).as("string %d", index)
                .isNotEmpty().allSatisfy(v -> {
                    assertThat(v.path()).matches("[a-zA-Z]+(\\[\\d+\\])?(\\.[a-zA-Z]+(\\[\\d+\\])?)*(<[a-z ]+>)?"
                            + "(\\[[a-z]+\\]\\.<map value>)?");
                    assertThat(v.rule()).isIn("NotBlank", "NotBlankIfGiven", "Localized", "PlainText");
                    assertThat(v.messageFr()).isNotBlank().isNotEqualTo(v.messageEn());
                    assertThat(v.messageEn()).isNotBlank();
                }));
        NaughtyEditions.refused().entrySet().stream().filter(e -> !typedByAPerson(NaughtyStrings.all().get(e.getKey())))
                .forEach(e -> assertThat(e.getValue()).as("string %d", e.getKey())
                        .anySatisfy(v -> assertThat(v.messageEn()).containsPattern("U\\+[0-9A-F]{4} at character \\d+")));
    }

    @Test
    void theAcceptedStringsMakeOneValidProgramme() {
        List<Integer> accepted = NaughtyEditions.accepted();

        PublicEdition programme = Drafts.toEdition(NaughtyEditions.programme());

        assertThat(accepted.size() + NaughtyEditions.refused().size()).isEqualTo(NaughtyStrings.all().size());
        assertThat(programme.sessions()).hasSize(FullEdition.draft().sessions().size() + accepted.size());
        assertThat(programme.officials()).hasSize(FullEdition.draft().officials().size() + accepted.size());
        assertThat(programme.sessions()).anySatisfy(s -> assertThat(s.title().resolve("fr"))
                .isEqualTo("<script>alert(123)</script>"));
        accepted.forEach(i -> assertThat(Drafts.toEdition(NaughtyEditions.headline(i)).title().resolve("en"))
                .isEqualTo(NaughtyStrings.all().get(i)));
    }

    /** The rule, written independently of {@link PlainText}'s checker, over Unicode's general categories. */
    private static boolean typedByAPerson(String s) {
        return s.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                && c != '\r' || Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF);
    }
}
