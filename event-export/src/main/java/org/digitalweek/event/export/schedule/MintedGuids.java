package org.digitalweek.event.export.schedule;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The guids this library's schedule exporters mint for what has none of its own: RFC 4122 version-5
 * UUIDs (SHA-1) of a name in the fixed namespace {@value #NAMESPACE_TEXT}, so that every export of
 * the same edition gives the same ones. Kept here, beside the readers, because an import must tell a
 * minted guid from a source's: a session that had no guid in its source (FOSDEM's) and gets one
 * minted from its id must not come back with that guid as its source's.
 */
public final class MintedGuids {

    /** The namespace of every guid the exporters mint; drawn at random once, never to change. */
    public static final String NAMESPACE_TEXT = "aefdb268-7e53-480a-8eb1-0835e9e70d9a";

    private static final UUID NAMESPACE = UUID.fromString(NAMESPACE_TEXT);
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private MintedGuids() {
    }

    /**
     * @param name the name, e.g. {@code session:snm-2026/ceremonie-de-lancement}
     * @return its version-5 UUID in the namespace
     */
    public static UUID of(String name) {
        MessageDigest sha1 = sha1();
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /**
     * @param text a guid as some schedule wrote it
     * @return whether it is a UUID in its usual text form (36 characters, hex digits and hyphens), as
     *         the schedules' schemas require of a guid
     */
    public static boolean isUuid(String text) {
        return UUID_TEXT.matcher(text).matches();
    }

    /**
     * @param edition the edition's id
     * @param session the session's id
     * @return the guid an export mints for the session when it has no source guid of its own
     */
    public static UUID session(String edition, String session) {
        return of("session:" + edition + "/" + session);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }
}
