package org.digitalweek.event.domain.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.model.WebAddresses;

/** The checkers behind the format constraints, for the validation provider; each accepts null, which {@code @NotNull} rules out where needed. */
public final class FormatCheckers {

    private static final PlainTextChecker PLAIN_TEXT = new PlainTextChecker();

    private FormatCheckers() {
    }

    /** Checks {@link LanguageTag}. */
    public static final class LanguageTagChecker implements ConstraintValidator<LanguageTag, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LanguageTags.isValid(value);
        }
    }

    /** Checks {@link CountryCode}. */
    public static final class CountryCodeChecker implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Country.isValid(value);
        }
    }

    /** Checks {@link Identifier}. */
    public static final class IdentifierChecker implements ConstraintValidator<Identifier, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Ids.isValid(value);
        }
    }

    /** Checks {@link WebAddress}. */
    public static final class WebAddressChecker implements ConstraintValidator<WebAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || WebAddresses.parse(value).isPresent();
        }
    }

    /** Checks {@link TimeZoneId}. */
    public static final class TimeZoneIdChecker implements ConstraintValidator<TimeZoneId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                ZoneId.of(value);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    /** Checks {@link FourDigitYear} on a date. */
    public static final class FourDigitYearOfDate implements ConstraintValidator<FourDigitYear, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || hasFourDigits(value.getYear());
        }
    }

    /** Checks {@link FourDigitYear} on a date and time. */
    public static final class FourDigitYearOfDateTime implements ConstraintValidator<FourDigitYear, LocalDateTime> {
        @Override
        public boolean isValid(LocalDateTime value, ConstraintValidatorContext context) {
            return value == null || hasFourDigits(value.getYear());
        }
    }

    private static boolean hasFourDigits(int year) {
        return year >= FourDigitYear.FIRST && year <= FourDigitYear.LAST;
    }

    /** Checks {@link Localized}. */
    public static final class LocalizedChecker implements ConstraintValidator<Localized, Map<String, String>> {
        @Override
        public boolean isValid(Map<String, String> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Set<String> languages = new HashSet<>();
            boolean wellFormed = value.entrySet().stream().allMatch(e -> LanguageTags.canonical(e.getKey())
                    .filter(languages::add).isPresent() && e.getValue() != null && !e.getValue().isBlank());
            return wellFormed && value.values().stream().allMatch(text -> PLAIN_TEXT.isValid(text, context));
        }
    }

    /** Checks {@link NotBlankIfGiven}. */
    public static final class NotBlankIfGivenChecker implements ConstraintValidator<NotBlankIfGiven, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !value.isBlank();
        }
    }

    /** Checks {@link PlainText}. */
    public static final class PlainTextChecker implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            OptionalInt untyped = TypedCharacters.firstUntyped(value);
            untyped.ifPresent(index -> TypedCharacters.report(value, index, context));
            return untyped.isEmpty();
        }
    }
}
