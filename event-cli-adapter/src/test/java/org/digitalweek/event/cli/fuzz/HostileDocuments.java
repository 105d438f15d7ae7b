package org.digitalweek.event.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.digitalweek.event.cli.fuzz.DocumentShape.Span;

/**
 * The documents that attack the reader rather than the mapping: nesting tens of thousands of levels
 * deep (closed or not), strings of tens of megabytes, documents over the size limit, entities that
 * expand a billion times or point at a canary file whose content must never come out, and the seed
 * documents of earlier findings ({@link SeedDocuments}).
 */
final class HostileDocuments {

    private static final int MEBI = 1024 * 1024;
    private static final List<String> CATALOGUE = List.of("deep", "deep-unclosed", "huge-string", "huge-document");

    private final String format;
    private final DocumentShape shape;
    private final List<byte[]> entities;
    private final List<Mutant> seeds;

    /**
     * @param shape    the seed's shape
     * @param entities the entity documents of the format: {@link EntityDocuments#all()}
     * @param format   the import format
     * @param seeds    the documents found to attack the library: {@link SeedDocuments#of}
     */
    HostileDocuments(DocumentShape shape, List<byte[]> entities, String format, List<Mutant> seeds) {
        this.format = format;
        this.shape = shape;
        this.entities = List.copyOf(entities);
        this.seeds = List.copyOf(seeds);
    }

    /** @return how many documents {@link #catalogue} has */
    int catalogueSize() {
        return CATALOGUE.size() + entities.size() + seeds.size();
    }

    /**
     * @param number a number below {@link #catalogueSize()}
     * @param random the source of every choice
     * @return that document of the catalogue: one of each deep or huge kind, every entity document, then
     *         every seed document
     */
    Mutant catalogue(int number, Random random) {
        if (number < CATALOGUE.size()) {
            String kind = CATALOGUE.get(number);
            return new Mutant(kind, make(kind, random));
        }
        if (number < CATALOGUE.size() + entities.size()) {
            return new Mutant("entities", entities.get(number - CATALOGUE.size()));
        }
        return seeds.get(number - CATALOGUE.size() - entities.size());
    }

    /**
     * @param random the source of every choice
     * @return one deep, huge or entity document chosen at random, named by its kind
     */
    Mutant any(Random random) {
        String kind = List.of("deep", "deep-unclosed", "huge-string", "entities").get(random.nextInt(4));
        if (kind.equals("entities")) {
            return new Mutant(kind, entities.get(random.nextInt(entities.size())));
        }
        return new Mutant(kind, make(kind, random));
    }

    private byte[] make(String kind, Random random) {
        int levels = 10_000 + random.nextInt(90_001);
        return switch (kind) {
            case "deep" -> atField(random, nested(levels, true));
            case "deep-unclosed" -> atField(random, nested(levels, false));
            case "huge-string" -> atValue(random, huge(10 * MEBI + random.nextInt(40 * MEBI)));
            case "huge-document" -> padded(65 * MEBI);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String nested(int levels, boolean closed) {
        String open = switch (format) {
            case "frab-xml" -> "<x>";
            case "ics" -> "BEGIN:VALARM\r\n";
            default -> "\"deep\": [";
        };
        String close = switch (format) {
            case "frab-xml" -> "</x>";
            case "ics" -> "END:VALARM\r\n";
            default -> "]";
        };
        String inner = format.equals("frab-xml") || format.equals("ics") ? open.repeat(levels)
                : open + "[".repeat(levels - 1);
        return inner + (closed ? close.repeat(levels) : "") + (isJson() ? "," : "");
    }

    /** A string of {@code length} letters; in a calendar, folded as the format folds long lines. */
    private String huge(int length) {
        if (!format.equals("ics")) {
            String body = "a".repeat(length);
            return isJson() ? "\"" + body + "\"" : body;
        }
        StringBuilder folded = new StringBuilder(length + length / 74 * 3);
        for (int done = 0; done < length; done += 74) {
            folded.append(done == 0 ? "" : "\r\n ").append("a".repeat(Math.min(74, length - done)));
        }
        return folded.toString();
    }

    private boolean isJson() {
        return !format.equals("frab-xml") && !format.equals("ics");
    }

    /** The seed with {@code inserted} before one of its fields; in JSON, the first member of the root. */
    private byte[] atField(Random random, String inserted) {
        int at = isJson() ? shape.text().indexOf('{') + 1
                : shape.fields().get(random.nextInt(shape.fields().size())).part().start();
        return bytes(shape.text().substring(0, at) + inserted + shape.text().substring(at));
    }

    private byte[] atValue(Random random, String replacement) {
        Span value = shape.values().get(random.nextInt(shape.values().size()));
        return bytes(shape.text().substring(0, value.start()) + replacement + shape.text().substring(value.end()));
    }

    /** The seed with blanks before its last character, so that the document is long but well-formed. */
    private byte[] padded(int length) {
        byte[] seed = bytes(shape.text());
        byte[] padded = new byte[seed.length + length];
        System.arraycopy(seed, 0, padded, 0, seed.length - 1);
        Arrays.fill(padded, seed.length - 1, padded.length - 1, (byte) (format.equals("ics") ? '\n' : ' '));
        padded[padded.length - 1] = seed[seed.length - 1];
        return padded;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
