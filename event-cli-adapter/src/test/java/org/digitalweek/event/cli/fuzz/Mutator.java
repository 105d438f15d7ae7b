package org.digitalweek.event.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the mutated documents of one format from a seed document, each from a {@link Random} seeded
 * with its number, so that document 4711 is the same on every run and can be made again alone. The
 * first documents are the catalogue of {@link HostileDocuments}, the seeds of earlier findings last;
 * then, of every thousand, about three are deep, huge or entity documents, about half damage the
 * seed's shape one to four times (a field deleted, repeated, moved or added, a value changed),
 * sometimes with byte damage on top, and the rest damage bytes only.
 */
final class Mutator {

    private final long seed;
    private final String format;
    private final byte[] document;
    private final DocumentShape shape;
    private final ByteDamage bytes;
    private final HostileDocuments hostile;

    /**
     * @param format   the import format
     * @param document the seed: a valid document of that format
     * @param canary   a file that no import may read
     */
    Mutator(String format, byte[] document, Path canary) {
        this.seed = format.hashCode();
        this.format = format;
        this.document = document;
        this.shape = shape(new String(document, StandardCharsets.UTF_8));
        this.bytes = new ByteDamage(switch (format) {
            case "frab-xml" -> "<>/&;\"'=!?";
            case "ics" -> ":;,=\"\r\n \\";
            default -> "{}[]\":,\\0-";
        });
        this.hostile = new HostileDocuments(shape, new EntityDocuments(format, shape, canary).all(), format,
                SeedDocuments.of(format, shape.text()));
    }

    private DocumentShape shape(String text) {
        return switch (format) {
            case "frab-xml" -> XmlShape.of(text);
            case "ics" -> CalendarShape.of(text);
            default -> JsonShape.of(text);
        };
    }

    /**
     * @param number the document's number, from 0
     * @return the document, named by its number and what was done to the seed
     */
    Mutant mutant(int number) {
        Random random = new Random(seed * 1_000_003L + number);
        if (number < hostile.catalogueSize()) {
            return named(number, hostile.catalogue(number, random));
        }
        int roll = random.nextInt(1000);
        if (roll < 3) {
            return named(number, hostile.any(random));
        }
        List<String> kinds = new ArrayList<>();
        byte[] damaged = document;
        int byteDamages = 1 + random.nextInt(3);
        if (roll < 500) {
            damaged = reshaped(random, kinds).getBytes(StandardCharsets.UTF_8);
            byteDamages = random.nextInt(10) < 3 ? random.nextInt(3) : 0;
        }
        for (int i = 0; i < byteDamages; i++) {
            String kind = ByteDamage.KINDS.get(random.nextInt(ByteDamage.KINDS.size()));
            kinds.add(kind);
            damaged = bytes.apply(kind, damaged, random);
        }
        return new Mutant(number + " " + String.join("+", kinds), damaged);
    }

    /** The seed with one to four damages to its shape, each to the shape the one before left, while it has one. */
    private String reshaped(Random random, List<String> kinds) {
        DocumentShape now = shape;
        String text = now.text();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            String kind = ShapeDamage.KINDS.get(random.nextInt(ShapeDamage.KINDS.size()));
            kinds.add(kind);
            text = new ShapeDamage(now, format).apply(kind, random);
            try {
                now = shape(text);
            } catch (RuntimeException noLongerWellFormed) {
                break;
            }
            if (now.fields().isEmpty() || now.values().isEmpty()) {
                break;
            }
        }
        return text;
    }

    private static Mutant named(int number, Mutant mutant) {
        return new Mutant(number + " " + mutant.name(), mutant.bytes());
    }
}
