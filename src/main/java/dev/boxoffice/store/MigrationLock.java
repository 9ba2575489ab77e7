package dev.boxoffice.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file beside an SQLite database, held while Flyway migrates it. Flyway takes no
 * lock on SQLite, so two processes opening a new store at once (a job and the server) would both try to
 * create the schema. The operating system releases the lock when a holder dies, even by SIGKILL.
 */
final class MigrationLock implements AutoCloseable {
    private static final long POLL_MS = 25;

    private final FileChannel channel;
    private final FileLock lock;

    private MigrationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code timeoutMs} for the lock on {@code file} (created if missing).
     *
     * @throws IOException when the file cannot be opened or the lock is not granted in time
     */
    static MigrationLock acquire(Path file, long timeoutMs) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) return new MigrationLock(channel, lock);
                if (System.nanoTime() > deadline) {
                    throw new IOException("another process has been migrating " + file + " for over " + timeoutMs
                            + " ms");
                }
                Thread.sleep(POLL_MS);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;   // another thread of this process holds it: wait like any other process
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
