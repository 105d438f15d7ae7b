package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.Severity;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.Editions;

/**
 * One language policy everywhere: every format the {@code ServiceLoader} finds and every family of
 * the domain's messages falls back the same way. For the sample edition, whose texts are French and
 * English, {@code de} and {@code bm} give French (the edition's language, then French), {@code fr-ML}
 * gives French and {@code en-GB} English.
 */
class OneLanguagePolicyTest {

    /** The tags asked for, each with the language of the words a reader must get. */
    private static final Map<String, String> EXPECTED = Map.of(
            "fr", "fr", "fr-ML", "fr", "de", "fr", "bm", "fr", "en", "en", "en-GB", "en");

    static Stream<Exporter> exporters() {
        return FormatCatalogue.discover(OneLanguagePolicyTest.class.getClassLoader()).exporters().stream();
    }

    /**
     * The words that tell a format's French from its English are found from the format itself: those
     * of its French export that its English one lacks, and the reverse. An export in another language
     * must have its language's words and none of the other's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void everyFormatFallsBackTheSameWay(Exporter exporter) {
        PublicEdition sample = Editions.sample();
        String french = export(exporter, sample, "fr");
        String english = export(exporter, sample, "en");
        if (french.equals(english)) {
            EXPECTED.keySet().forEach(tag -> assertThat(export(exporter, sample, tag))
                    .as("%s writes no words of its own, so every language gives the same bytes", exporter.formatId())
                    .isEqualTo(french));
            return;
        }
        Set<String> frenchWords = minus(words(french), words(english));
        Set<String> englishWords = minus(words(english), words(french));

        EXPECTED.forEach((tag, language) -> {
            Set<String> found = words(export(exporter, sample, tag));
            Set<String> theirs = language.equals("fr") ? frenchWords : englishWords;
            Set<String> others = language.equals("fr") ? englishWords : frenchWords;
            assertThat(minus(theirs, found)).as("%s in '%s' lacks %s words", exporter.formatId(), tag, language)
                    .isEmpty();
            assertThat(intersection(others, found)).as("%s in '%s' has words of the other language",
                    exporter.formatId(), tag).isEmpty();
        });
        for (String tag : List.of("de", "bm")) {
            assertThat(export(exporter, sample, tag)).as("%s in '%s' is the French export", exporter.formatId(), tag)
                    .isEqualTo(french);
        }
    }

    static Stream<Arguments> messageFamilies() {
        PublicEdition sample = Editions.sample();
        List<Finding> findings = new ProgrammeChecker().check(doubleBooked(sample)).findings();
        Finding finding = findings.stream().filter(f -> f.rule() == Rule.ROOM_DOUBLE_BOOKED).findFirst().orElseThrow();
        ProgrammeDiff diff = ProgrammeDiff.between(sample, doubleBooked(sample));
        List<Violation> violations = List.of(new Violation("sessions[0].title", "NotBlank", "ne doit pas être vide",
                "must not be blank"));
        return Stream.of(
                family("finding", finding::message),
                family("rule names", tag -> Stream.of(Rule.values()).map(r -> r.displayName(tag)).toList().toString()),
                family("severity names",
                        tag -> Stream.of(Severity.values()).map(s -> s.displayName(tag)).toList().toString()),
                family("programme has errors", new ProgrammeHasErrorsException("snm-2026", List.of(finding))::getMessage),
                family("edition not found", new EditionNotFoundException("snm-2099")::getMessage),
                family("item not found", new ItemNotFoundException("snm-2026", "session", "nowhere")::getMessage),
                family("forbidden change", new ForbiddenChangeException("snm-2026", "archivée", "archived")::getMessage),
                family("version conflict", new VersionConflictException("snm-2026", 3, 4)::getMessage),
                family("invalid input", new InvalidInputException("commande", "command", violations)::getMessage),
                family("violation", violations.get(0)::describe),
                family("store address", new StoreUriException("ftp:x", "schéma inconnu", "unknown scheme",
                        List.of("file:", "mem:"))::getMessage),
                family("unreadable document", new UnreadableDocumentException("x.json", DocumentPlace.line(1), "cassé", "broken")::getMessage),
                family("import repair", new ImportWarning(DocumentPlace.event("1"), "titre vide", "empty title")::describe),
                family("diff", tag -> DiffText.render(diff, tag)),
                family("empty diff", tag -> DiffText.render(ProgrammeDiff.NONE, tag)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageFamilies")
    void everyMessageFamilyFallsBackTheSameWay(String family, Function<String, String> message) {
        String french = message.apply("fr");
        String english = message.apply("en");
        assertThat(french).as("%s has a French and an English text", family).isNotEqualTo(english);

        EXPECTED.forEach((tag, language) -> assertThat(message.apply(tag)).as("%s in '%s'", family, tag)
                .isEqualTo(language.equals("fr") ? french : english));
    }

    @Test
    void anEditionInEnglishOnlyGivesEnglishToAReaderOfNeitherLanguage() {
        PublicEdition english = Editions.sample().toBuilder()
                .title(org.digitalweek.event.domain.model.LocalizedText.of("en", "Mali Digital Week")).build();
        for (Exporter exporter : exporters().toList()) {
            assertThat(export(exporter, english, "bm")).as(exporter.formatId())
                    .isEqualTo(export(exporter, english, "en"));
        }
    }

    private static Arguments family(String name, Function<String, String> message) {
        return Arguments.of(name, message);
    }

    /** @return the sample with its second session moved into the room and time of its first */
    private static PublicEdition doubleBooked(PublicEdition sample) {
        List<Session> placed = sample.sessions().stream().filter(s -> s.room().isPresent()).toList();
        Session first = placed.get(0);
        return sample.withSession(placed.get(1).movedTo(first.slot(), first.room()));
    }

    private static String export(Exporter exporter, PublicEdition edition, String tag) {
        return new String(Editions.export(exporter, edition, tag), StandardCharsets.UTF_8);
    }

    /** @return the words of a text: runs of letters, of two letters or more */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
