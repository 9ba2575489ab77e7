package dev.boxoffice.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of column values, each written with its length so that no two different
 * sequences (e.g. ["ab", "c"] and ["a", "bc"], or null and "null") hash the same.
 */
final class ContentHash {
    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds one value; arrays of bytes are hashed as their contents. */
    ContentHash add(Object value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        byte[] bytes = value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The 64 hex digits of the hash; the object must not be used afterwards. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of {@code bytes} as 64 hex digits. */
    static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
