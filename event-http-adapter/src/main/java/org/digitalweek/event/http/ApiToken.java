package org.digitalweek.event.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The bearer token that allows writes. It is kept as a digest, compared in constant time and never
 * shown: {@link #toString()} says only that a token is set.
 */
public final class ApiToken {

    private final byte[] digest;

    private ApiToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * @param token the secret, as given at start (surrounding white space is dropped, as a file's final line break)
     * @return the token
     * @throws IllegalArgumentException when the token is blank or shorter than 16 characters
     */
    public static ApiToken of(String token) {
        Objects.requireNonNull(token, "'token' must not be null");
        String trimmed = token.strip();
        if (trimmed.length() < 16) {
            throw new IllegalArgumentException(
                    "le jeton doit compter au moins 16 caractères / the token must be at least 16 characters long");
        }
        return new ApiToken(digest(trimmed));
    }

    /**
     * @param presented the token a request presents, possibly null
     * @return whether it is this token; the time taken does not depend on how much of it matches
     */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, digest(presented));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiToken[****]";
    }
}
