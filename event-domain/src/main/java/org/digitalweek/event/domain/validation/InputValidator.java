package org.digitalweek.event.domain.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;

/**
 * Checks commands and imported documents with Jakarta Validation and reports every problem at
 * once, each with its property path and a message in French and in English. The validation
 * provider is injected as a {@link ValidatorFactory}; the domain never looks one up itself. The
 * messages come from the library's own {@link LibraryMessageInterpolator}, whatever interpolator
 * the factory has: an application's factory (Spring's, say) reads the application's bundle.
 */
public final class InputValidator {

    private static final Comparator<ConstraintViolation<?>> ORDER = Comparator
            .comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessageTemplate)
            .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName());

    private final Supplier<ValidatorFactory> factory;
    private final boolean byHand;
    /** The French and the English validators, made on first use. */
    private volatile Validator[] validators;

    /** @param factory the validation provider's factory, the application's or {@link Validators#buildDefaultFactory()} */
    public InputValidator(ValidatorFactory factory) {
        Objects.requireNonNull(factory, "'factory' must not be null");
        this.factory = () -> factory;
        this.byHand = false;
        validators();
    }

    private InputValidator(Supplier<ValidatorFactory> factory) {
        this.factory = factory;
        this.byHand = true;
    }

    /**
     * A validator that asks for its factory only when an input needs it. The queries of a read, records
     * whose only constraints are {@code @NotNull} and {@link Identifier} on text, are found valid by
     * hand when they are, so that a short read never starts the provider; an input that breaks a rule
     * always goes to the provider, which reports it as it reports any other. Meant for a factory the
     * library builds: an application's factory, which may add constraints of its own to the library's
     * types, is given to {@link #InputValidator(ValidatorFactory)}.
     *
     * @param factory gives the validation provider's factory, once, on first need
     * @return the validator
     */
    public static InputValidator lazy(Supplier<ValidatorFactory> factory) {
        return new InputValidator(Objects.requireNonNull(factory, "'factory' must not be null"));
    }

    private Validator[] validators() {
        Validator[] made = validators;
        if (made == null) {
            synchronized (this) {
                made = validators;
                if (made == null) {
                    ValidatorFactory given = factory.get();
                    made = new Validator[] {
                        given.usingContext().messageInterpolator(LibraryMessageInterpolator.in(Locale.FRENCH)).getValidator(),
                        given.usingContext().messageInterpolator(LibraryMessageInterpolator.in(Locale.ENGLISH)).getValidator()};
                    validators = made;
                }
            }
        }
        return made;
    }

    /**
     * @param input a command or a document
     * @param <T>   its type
     * @return every problem found, in path order; empty when the input is valid
     */
    public <T> List<Violation> violations(T input) {
        Objects.requireNonNull(input, "'input' must not be null");
        if (byHand && PlainIdQueries.valid(input)) {
            return List.of();
        }
        Validator[] both = validators();
        List<ConstraintViolation<T>> fr = sorted(both[0].validate(input));
        List<ConstraintViolation<T>> en = sorted(both[1].validate(input));
        List<Violation> result = new ArrayList<>(fr.size());
        for (int i = 0; i < fr.size(); i++) {
            ConstraintViolation<T> v = fr.get(i);
            result.add(new Violation(v.getPropertyPath().toString(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage(), en.get(i).getMessage()));
        }
        return List.copyOf(result);
    }

    /**
     * @param inputName what the input is, for the error, in both languages: a file name
     * @param input     a command or a document
     * @param <T>       its type
     * @return the input, when it is valid
     * @throws InvalidInputException with every problem, when it is not
     */
    public <T> T check(String inputName, T input) {
        return check(inputName, inputName, input);
    }

    /**
     * @param nameFr what the input is, in French words for the person who gave it, never a class
     *               name: {@code la session à ajouter}
     * @param nameEn the same in English: {@code the session to add}
     * @param input  a command or a document
     * @param <T>    its type
     * @return the input, when it is valid
     * @throws InvalidInputException with every problem, when it is not
     */
    public <T> T check(String nameFr, String nameEn, T input) {
        List<Violation> found = violations(input);
        if (!found.isEmpty()) {
            throw new InvalidInputException(nameFr, nameEn, found);
        }
        return input;
    }

    private static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
        List<ConstraintViolation<T>> list = new ArrayList<>(violations);
        list.sort(ORDER);
        return list;
    }
}
