package org.digitalweek.event.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damage that knows nothing of the format: bits flipped, bytes inserted, deleted or repeated, the
 * document cut short, bytes that are not UTF-8. It mostly reaches the parser.
 */
final class ByteDamage {

    /** Byte sequences that no UTF-8 decoder may accept: overlong, surrogate, out of range, cut short. */
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
                (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    private final String structural;

    /** @param structural the characters that carry the format's structure, inserted more often than others */
    ByteDamage(String structural) {
        this.structural = structural;
    }

    /** The kinds of damage, by name. */
    static final List<String> KINDS = List.of("flip-bits", "insert-bytes", "insert-structure", "delete-bytes",
            "repeat-bytes", "truncate", "not-utf8");

    /**
     * @param kind   one of {@link #KINDS}
     * @param bytes  a document
     * @param random the source of every choice
     * @return the document so damaged
     */
    byte[] apply(String kind, byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        return switch (kind) {
            case "flip-bits" -> flip(bytes, random);
            case "insert-bytes" -> insert(bytes, at, randomBytes(random, 1 + random.nextInt(8)));
            case "insert-structure" -> insert(bytes, at, new byte[] {(byte) structural.charAt(
                    random.nextInt(structural.length()))});
            case "delete-bytes" -> delete(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(16)));
            case "repeat-bytes" -> insert(bytes, at, Arrays.copyOfRange(bytes, at,
                    Math.min(bytes.length, at + 1 + random.nextInt(200))));
            case "truncate" -> Arrays.copyOf(bytes, at);
            case "not-utf8" -> insert(bytes, at, NOT_UTF8.get(random.nextInt(NOT_UTF8.size())));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] flipped = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    private static byte[] randomBytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] bytes, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }
}
