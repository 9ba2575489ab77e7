package dev.boxoffice.jobs;

import dev.boxoffice.model.TrainingSet;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a training set's ids, features and targets: two models share it only if they saw the same rows. */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(TrainingSet set) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join(",", set.featureNames()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ByteBuffer buf = ByteBuffer.allocate(8 * (2 + set.width()));
            for (int i = 0; i < set.size(); i++) {
                buf.clear();
                buf.putLong(set.id(i)).putDouble(set.target(i));
                for (double v : set.row(i)) buf.putDouble(v);
                sha.update(buf.array(), 0, buf.position());
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
