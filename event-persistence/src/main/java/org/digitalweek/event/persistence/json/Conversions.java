package org.digitalweek.event.persistence.json;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.IsoTimes;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.WebAddresses;

/**
 * The small conversions every document type shares, both ways. Going to the model, each one
 * names the JSON pointer of the value it reads, so that a broken invariant is reported where it is.
 */
final class Conversions {

    private Conversions() {
    }

    /**
     * @param at    the JSON pointer of the value being built
     * @param build builds it; may throw the model's invariant errors
     * @return what it built
     * @throws DocumentProblem at {@code at} when the model refuses the value
     */
    static <T> T at(String at, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvariantViolationException e) {
            // The model's rules are said in English only (InvariantViolationException#rule).
            throw new DocumentProblem(at, "valeur non valide : " + PrivateRecords.detailFr(at, e.rule()),
                    "not a valid value: " + PrivateRecords.detail(at, e.rule()));
        } catch (DateTimeException e) {
            throw new DocumentProblem(at, "valeur non valide : ce n'est pas une date ou une heure qui existe",
                    "not a valid value: not a date or time that exists");
        }
    }

    static String child(String at, String property) {
        return at + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    static String item(String at, int index) {
        return at + "/" + index;
    }

    /** Maps each document of a list to the model, each with its own pointer. */
    static <D, M> List<M> toModels(List<D> documents, String at, BiFunction<D, String, M> toModel) {
        List<M> models = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            models.add(toModel.apply(documents.get(i), item(at, i)));
        }
        return models;
    }

    static <M, D> List<D> toDocuments(List<M> models, Function<M, D> toDocument) {
        return models.stream().map(toDocument).toList();
    }

    static Country country(String code, String at) {
        return at(at, () -> new Country(code));
    }

    static LocalizedText text(Map<String, String> values, String at) {
        return at(at, () -> new LocalizedText(values));
    }

    /** Illustrative items carry their note; reported items have none. */
    static Optional<Map<String, String>> note(Provenance provenance) {
        return provenance instanceof Provenance.Illustrative illustrative
                ? Optional.of(illustrative.note().values()) : Optional.empty();
    }

    static Provenance provenance(Optional<Map<String, String>> note, String at) {
        return note.map(values -> at(at, () -> Provenance.illustrative(new LocalizedText(values))))
                .orElse(Provenance.reported());
    }

    static String date(LocalDate value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    static LocalDate date(String text, String at) {
        return parse(text, at, IsoTimes::localDate, "une date telle que « 2026-01-29 »",
                "a date such as \"2026-01-29\"");
    }

    static String dateTime(LocalDateTime value) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
    }

    static LocalDateTime dateTime(String text, String at) {
        return parse(text, at, IsoTimes::localDateTime,
                "une date et une heure telles que « 2026-01-29T09:30:00 »", "a date and time such as \"2026-01-29T09:30:00\"");
    }

    static String instant(Instant value) {
        return DateTimeFormatter.ISO_INSTANT.format(value);
    }

    static Instant instant(String text, String at) {
        return parse(text, at, t -> DateTimeFormatter.ISO_INSTANT.parse(t, Instant::from),
                "un instant en UTC tel que « 2026-01-20T08:30:00Z »", "an instant in UTC such as \"2026-01-20T08:30:00Z\"");
    }

    static URI webAddress(String text, String at) {
        return WebAddresses.parse(text).orElseThrow(() -> new DocumentProblem(at, "valeur erronée : attendu une"
                + " adresse http ou https absolue telle que « https://example.org/programme », trouvé « " + text + " »",
                "wrong value: expected an absolute http or https address such as \"https://example.org/programme\","
                + " found \"" + text + "\""));
    }

    private static <T> T parse(String text, String at, Function<String, T> parse, String expectedFr,
                               String expected) {
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            throw new DocumentProblem(at, "valeur erronée : attendu " + expectedFr + ", trouvé « " + text + " »",
                    "wrong value: expected " + expected + ", found \"" + text + "\"");
        }
    }
}
