package dev.boxoffice.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's threads: a fixed set, started once, taking tasks from one {@link LinkedTransferQueue}. It offers
 * Jetty no reserved threads, so the selector keeps selecting and queues each request here instead of handing
 * its own job to a parked thread. An idle thread waits in the queue's {@code take}, which spins briefly before
 * it parks. On 2 cores beside wrk that served /predict faster than Jetty's pool and a lock-based queue (both
 * with a higher p99), and than polling 5 or 20 us before the take (same p99): docs/benchmarks.md, "Session 6".
 */
final class FixedThreadPool extends AbstractLifeCycle implements ThreadPool {
    private static final Logger LOG = LoggerFactory.getLogger(FixedThreadPool.class);

    private final String name;
    private final int size;
    private final LinkedTransferQueue<Runnable> tasks = new LinkedTransferQueue<>();
    private final AtomicInteger idle = new AtomicInteger();
    /** The running threads, replaced whole at start and stop, so readers need no lock. */
    private volatile List<Thread> threads = List.of();

    /** @param size the number of threads, connector acceptors and selectors included (they keep theirs for good) */
    FixedThreadPool(String name, int size) {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1, got " + size);
        this.name = name;
        this.size = size;
    }

    @Override
    protected void doStart() {
        List<Thread> started = new ArrayList<>(size);
        for (int i = 0; i < size; i++) started.add(new Thread(this::work, name + "-" + i));
        threads = List.copyOf(started);
        started.forEach(Thread::start);
    }

    @Override
    protected void doStop() throws InterruptedException {
        List<Thread> running = threads;
        threads = List.of();
        running.forEach(Thread::interrupt);
        for (Thread t : running) t.join(TimeUnit.SECONDS.toMillis(5));
        tasks.clear();
    }

    @Override
    public void execute(Runnable task) {
        if (!isRunning()) throw new RejectedExecutionException(name + " is " + getState());
        tasks.offer(task);
    }

    private void work() {
        idle.incrementAndGet();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Runnable task = tasks.take();
                idle.decrementAndGet();
                try {
                    task.run();
                } catch (Throwable e) {
                    LOG.warn("task failed in {}", Thread.currentThread().getName(), e);
                } finally {
                    idle.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } finally {
            idle.decrementAndGet();
        }
    }

    @Override
    public void join() throws InterruptedException {
        for (Thread t : threads) t.join();
    }

    @Override
    public int getThreads() {
        return size;
    }

    @Override
    public int getIdleThreads() {
        return Math.max(0, idle.get());
    }

    @Override
    public boolean isLowOnThreads() {
        return getIdleThreads() == 0 && !tasks.isEmpty();
    }
}
