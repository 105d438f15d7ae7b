package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.Violation;

/**
 * The library's messages come from its own bundle, with the constraints' attributes, in French and
 * English, whatever bundle the host application has at the root of the class path (the test
 * resources hold one) and with no expression-language implementation on the class path.
 */
class LibraryMessageInterpolatorTest {

    /** A command of the kind the library checks: its own constraint and standard ones. */
    record Entry(@NotNull @Identifier String id, @Size(min = 1, max = 3) String code) {
    }

    private Locale before;

    @BeforeEach
    void frenchJvm() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theHostBundleHidesTheLibrarysMessagesFromTheProvidersOwnInterpolator() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Set<ConstraintViolation<Entry>> found = factory.getValidator().validate(new Entry(null, "x"));
            assertThat(found).extracting(ConstraintViolation::getMessage)
                    .containsExactly("host application: required");
            found = factory.getValidator().validate(new Entry("not an id", "x"));
            assertThat(found).extracting(ConstraintViolation::getMessage)
                    .containsExactly("{org.digitalweek.event.Identifier.message}");
        }
    }

    @Test
    void theInputValidatorReadsTheLibrarysBundleEvenThroughTheApplicationsFactory() {
        try (ValidatorFactory applications = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            InputValidator validator = new InputValidator(applications);

            assertThat(validator.violations(new Entry("not an id", "")))
                    .extracting(Violation::path, Violation::messageFr, Violation::messageEn)
                    .containsExactly(
                            tuple("code", "la taille doit être comprise entre 1 et 3", "size must be between 1 and 3"),
                            tuple("id", "doit être un identifiant de lettres, de chiffres et de . _ : - commençant"
                                    + " par une lettre ou un chiffre, de 128 caractères au plus",
                                    "must be an id of letters, digits and . _ : - that starts with a letter or digit,"
                                    + " at most 128 characters"));
            assertThat(validator.violations(new Entry(null, "abc")))
                    .extracting(Violation::messageFr, Violation::messageEn)
                    .containsExactly(tuple("ne doit pas être nul", "must not be null"));
        }
    }

    @Test
    void theDefaultFactoryNeedsNoExpressionLanguage() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ELManager")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(Validation::buildDefaultValidatorFactory).hasMessageContaining("jakarta.el");

        try (ValidatorFactory factory = Validators.buildDefaultFactory()) {
            Set<ConstraintViolation<Entry>> found = factory.getValidator().validate(new Entry("a", "abcd"));
            assertThat(found).extracting(ConstraintViolation::getMessage)
                    .containsExactly("la taille doit être comprise entre 1 et 3"); // the JVM's default locale
            assertThat(factory.getMessageInterpolator()).isInstanceOf(LibraryMessageInterpolator.class);
        }
    }

    @Test
    void aLanguageWithoutABundleGetsEnglishWhateverTheDefaultLocale() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(LibraryMessageInterpolator.in(Locale.GERMAN)).buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Entry(null, "x")))
                    .extracting(ConstraintViolation::getMessage).containsExactly("must not be null");
        }
        assertThat(LibraryMessageInterpolator.bundle(Locale.forLanguageTag("fr-ML")).getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(LibraryMessageInterpolator.bundle(Locale.forLanguageTag("bm")).getLocale()).isEqualTo(Locale.ROOT);
    }

    @Test
    void escapesAndExpressionsStayTextAndUnknownNamesStayAsWritten() {
        try (ValidatorFactory factory = Validators.buildDefaultFactory()) {
            var descriptor = factory.getValidator().getConstraintsForClass(Entry.class)
                    .getConstraintsForProperty("code").getConstraintDescriptors().iterator().next();
            var context = new jakarta.validation.MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return descriptor;
                }

                @Override
                public Object getValidatedValue() {
                    return "abcd";
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new UnsupportedOperationException();
                }
            };
            assertThat(LibraryMessageInterpolator.in(Locale.ENGLISH)
                    .interpolate("\\{max\\} is {max}, ${validatedValue} and {unknown} stay", context))
                    .isEqualTo("{max} is 3, ${validatedValue} and {unknown} stay");
        }
    }
}
