package org.digitalweek.event.cli.fuzz;

import java.util.List;
import java.util.Random;

import org.digitalweek.event.cli.fuzz.DocumentShape.Field;
import org.digitalweek.event.cli.fuzz.DocumentShape.Span;

/**
 * Damage that knows where the parts of the document are: a field deleted, repeated or moved, a value
 * replaced by a hostile one, by another of the document's values or slightly changed. The document
 * mostly stays well-formed, so the damage reaches the importer's mapping and validation.
 */
final class ShapeDamage {

    /** The kinds of damage, by name. */
    static final List<String> KINDS = List.of("delete-field", "repeat-field", "move-field", "add-field",
            "hostile-value", "swap-values", "copy-value", "tweak-value");

    private final DocumentShape shape;
    private final String format;

    /**
     * @param shape  the document's shape
     * @param format the import format, whose hostile values and names are used
     */
    ShapeDamage(DocumentShape shape, String format) {
        this.shape = shape;
        this.format = format;
    }

    /**
     * @param kind   one of {@link #KINDS}
     * @param random the source of every choice
     * @return the seed so damaged
     */
    String apply(String kind, Random random) {
        String text = shape.text();
        Field field = pick(shape.fields(), random);
        Span value = random.nextBoolean() ? pick(shape.values(), random) : numeric(random);
        return switch (kind) {
            case "delete-field" -> replace(text, field.delete(), "");
            case "repeat-field" -> replace(text, new Span(field.part().start(), field.part().start()),
                    field.part().of(text) + shape.joiner());
            case "move-field" -> move(text, field, pick(shape.fields(), random).part().start());
            case "add-field" -> replace(text, new Span(field.part().start(), field.part().start()),
                    String.format(shape.field(), pick(HostileValues.names(format), random),
                            pick(HostileValues.of(format), random)) + shape.joiner());
            case "hostile-value" -> replace(text, value, pick(HostileValues.of(format), random));
            case "swap-values" -> swap(text, value, pick(shape.values(), random));
            case "copy-value" -> replace(text, value, pick(shape.values(), random).of(text));
            case "tweak-value" -> replace(text, value, tweak(value.of(text), random));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A value with a digit in it (a date, a time, a duration, a number) most of the time: where mapping breaks. */
    private Span numeric(Random random) {
        for (int tries = 0; tries < 20; tries++) {
            Span value = pick(shape.values(), random);
            if (value.end() - value.start() < 64 && value.of(shape.text()).chars().anyMatch(Character::isDigit)) {
                return value;
            }
        }
        return pick(shape.values(), random);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String replace(String text, Span span, String by) {
        return text.substring(0, span.start()) + by + text.substring(span.end());
    }

    private String move(String text, Field field, int to) {
        Span gone = field.delete();
        if (to >= gone.start() && to < gone.end()) {
            return text;
        }
        String without = replace(text, gone, "");
        int at = to < gone.start() ? to : to - (gone.end() - gone.start());
        return without.substring(0, at) + field.part().of(text) + shape.joiner() + without.substring(at);
    }

    private static String swap(String text, Span one, Span other) {
        if (one.start() == other.start() || (one.start() < other.end() && other.start() < one.end())) {
            return text;
        }
        Span first = one.start() < other.start() ? one : other;
        Span second = first == one ? other : one;
        return text.substring(0, first.start()) + second.of(text) + text.substring(first.end(), second.start())
                + first.of(text) + text.substring(second.end());
    }

    /** A digit moved by one, a character dropped or doubled: a date one day off, a name one letter off. */
    private static String tweak(String value, Random random) {
        if (value.isEmpty()) {
            return "0";
        }
        int at = random.nextInt(value.length());
        char c = value.charAt(at);
        StringBuilder changed = new StringBuilder(value);
        switch (random.nextInt(3)) {
            case 0 -> changed.setCharAt(at, Character.isDigit(c) ? (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10)
                    : (char) (c + 1));
            case 1 -> changed.deleteCharAt(at);
            default -> changed.insert(at, c);
        }
        return changed.toString();
    }
}
