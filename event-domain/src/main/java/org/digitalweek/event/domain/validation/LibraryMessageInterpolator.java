package org.digitalweek.event.domain.validation;

import java.lang.reflect.Array;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.validation.MessageInterpolator;

/**
 * The library's own message interpolator: it reads every {@code {key}} of a constraint's message
 * from the library's bundle, {@code org/digitalweek/event/domain/validation/messages*.properties},
 * and then puts the constraint's attributes in ({@code {max}}, {@code {regexp}}).
 *
 * <p>Why not the provider's: a provider reads {@code ValidationMessages} at the root of the class
 * path, which belongs to the application; an application with its own (any Spring or Jakarta EE
 * one) hid the library's, and every library message came out as a raw key. The bundle here has a
 * name of the library's own and holds the standard constraints' texts too, so a message is the
 * same whatever the application and its provider. Why no expression language: the library's
 * messages need none, and without it the application need not add an EL implementation.
 * {@code ${…}} is left as written; {@code \{}, {@code \}}, {@code \$} and {@code \\} escape.
 *
 * <p>A language other than the bundle's (French, and English by default) gets English, whatever
 * the JVM's default locale.
 */
public final class LibraryMessageInterpolator implements MessageInterpolator {

    /** The bundle's base name. */
    static final String BUNDLE = "org.digitalweek.event.domain.validation.messages";
    /** How deep a message may refer to other keys: more is a loop in the bundle. */
    private static final int DEPTH = 8;

    private final Optional<Locale> fixed;

    /** An interpolator in the locale each call asks for, or the JVM's default. */
    public LibraryMessageInterpolator() {
        this(Optional.empty());
    }

    private LibraryMessageInterpolator(Optional<Locale> fixed) {
        this.fixed = fixed;
    }

    /**
     * @param locale the language of every message, whatever the locale a call asks for
     * @return an interpolator in that language
     */
    public static LibraryMessageInterpolator in(Locale locale) {
        return new LibraryMessageInterpolator(Optional.of(locale));
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        ResourceBundle bundle = bundle(fixed.orElse(locale));
        String resolved = replace(template, key -> text(bundle, key), DEPTH);
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        return finish(resolved, name -> Optional.ofNullable(attributes.get(name)).map(LibraryMessageInterpolator::shown));
    }

    /** @return the bundle of the locale's language, or the English one when the library has none */
    static ResourceBundle bundle(Locale locale) {
        String language = locale.getLanguage();
        ResourceBundle found = ResourceBundle.getBundle(BUNDLE, new Locale(language));
        // Without a bundle of that language, the lookup falls back to the JVM's default locale first.
        return found.getLocale().getLanguage().equals(language) ? found : ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }

    private static Optional<String> text(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** Replaces each {@code {key}} found by the lookup, and the keys its text holds; escapes stay. */
    private static String replace(String text, Function<String, Optional<String>> lookup, int depth) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (close > i && !isExpression(text, i)) {
                String name = text.substring(i + 1, close);
                Optional<String> value = lookup.apply(name);
                out.append(value.map(v -> depth > 0 ? replace(v, lookup, depth - 1) : v).orElse("{" + name + "}"));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Puts each attribute in, as plain text, and removes the escapes. */
    private static String finish(String text, Function<String, Optional<String>> attributes) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else if (close > i && !isExpression(text, i)) {
                String name = text.substring(i + 1, close);
                out.append(attributes.apply(name).orElse("{" + name + "}"));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isExpression(String text, int brace) {
        return brace > 0 && text.charAt(brace - 1) == '$';
    }

    private static String shown(Object value) {
        if (!value.getClass().isArray()) {
            return String.valueOf(value);
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < Array.getLength(value); i++) {
            out.append(i == 0 ? "" : ", ").append(shown(Array.get(value, i)));
        }
        return out.append(']').toString();
    }
}
