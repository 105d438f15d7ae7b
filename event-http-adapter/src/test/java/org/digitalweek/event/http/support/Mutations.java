package org.digitalweek.event.http.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fuzzed documents, as issue 9's fuzzing makes them: a valid document with a few random changes
 * (a byte flipped, a range cut or repeated, the end cut off, a naughty string or a structural
 * character put in at random), from a seed so that a failure can be replayed.
 */
public final class Mutations {

    private static final String[] STRUCTURE = {"{", "}", "[", "]", "\"", ",", ":", "<", ">", "</", "&", "\\",
        "\r\n", "BEGIN:VEVENT\r\n", "END:VCALENDAR\r\n", "\u0000", "\uFEFF", "9999999999999999999999"};

    private final byte[] original;
    private final List<String> naughty;
    private final Random random;

    /**
     * @param original the valid document
     * @param naughty  strings to put in
     * @param seed     the seed of the changes
     */
    public Mutations(byte[] original, List<String> naughty, long seed) {
        this.original = original.clone();
        this.naughty = naughty;
        this.random = new Random(seed);
    }

    /** @return the next mutated document, with one to four changes */
    public byte[] next() {
        byte[] document = original;
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes && document.length > 0; i++) {
            document = change(document);
        }
        return document;
    }

    private byte[] change(byte[] document) {
        int at = random.nextInt(document.length);
        return switch (random.nextInt(6)) {
            case 0 -> {
                byte[] flipped = document.clone();
                flipped[at] = (byte) (flipped[at] ^ (1 << random.nextInt(8)));
                yield flipped;
            }
            case 1 -> cut(document, at, Math.min(document.length, at + 1 + random.nextInt(64)));
            case 2 -> insert(document, at, Arrays.copyOfRange(document, at, Math.min(document.length,
                    at + 1 + random.nextInt(256))));
            case 3 -> Arrays.copyOf(document, at);
            case 4 -> insert(document, at, naughty.get(random.nextInt(naughty.size())).getBytes(StandardCharsets.UTF_8));
            default -> insert(document, at, STRUCTURE[random.nextInt(STRUCTURE.length)].getBytes(StandardCharsets.UTF_8));
        };
    }

    private static byte[] cut(byte[] document, int from, int to) {
        byte[] result = new byte[document.length - (to - from)];
        System.arraycopy(document, 0, result, 0, from);
        System.arraycopy(document, to, result, from, document.length - to);
        return result;
    }

    private static byte[] insert(byte[] document, int at, byte[] inserted) {
        byte[] result = new byte[document.length + inserted.length];
        System.arraycopy(document, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(document, at, result, at + inserted.length, document.length - at);
        return result;
    }
}
