package dev.boxoffice.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of column values, each written with a type tag and, for text, its length, so
 * that no two different sequences (["ab", "c"] and ["a", "bc"], null and "null", 1 and 1L) hash the same.
 * Values are encoded in binary into one buffer and digested once: hashing every film on every ingest
 * must cost little next to writing it.
 */
final class ContentHash {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final DataOutputStream out = new DataOutputStream(buffer);

    /** Adds one value: null, String, Long, Integer, Double, Boolean, or anything else by its toString(). */
    ContentHash add(Object value) {
        try {
            if (value == null) {
                out.writeByte('N');
            } else if (value instanceof Long l) {
                out.writeByte('L');
                out.writeLong(l);
            } else if (value instanceof Integer i) {
                out.writeByte('I');
                out.writeInt(i);
            } else if (value instanceof Double d) {
                out.writeByte('D');
                out.writeLong(Double.doubleToLongBits(d));
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? 'T' : 'F');
            } else {
                byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
                out.writeByte(value instanceof String ? 'S' : 'O');
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array stream does not fail", e);
        }
    }

    /** The 64 hex digits of the hash of everything added. */
    String hex() {
        return of(buffer.toByteArray());
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
