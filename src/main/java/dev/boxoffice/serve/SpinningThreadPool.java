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
 * The server's threads: a fixed set that, having run a task, polls for the next one for a few microseconds
 * before it parks. On two cores shared with a load generator, Jetty's pool parks every idle thread, and the
 * kernel queues each woken one on its waker's core while the other core idles in slivers too short to pull it
 * over; a thread still polling on that other core takes the request there, without a wake-up. The spin is
 * bounded, so an idle server burns nothing. (docs/benchmarks.md, "Session 5", has the traces and the A/B runs.)
 */
final class SpinningThreadPool extends AbstractLifeCycle implements ThreadPool {
    private static final Logger LOG = LoggerFactory.getLogger(SpinningThreadPool.class);

    private final String name;
    private final int size;
    private final long spinNanos;
    private final LinkedTransferQueue<Runnable> tasks = new LinkedTransferQueue<>();
    private final AtomicInteger idle = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param size      the number of threads, connector acceptors and selectors included (they keep theirs)
     * @param spinNanos how long a thread that ran out of tasks keeps polling before it parks
     */
    SpinningThreadPool(String name, int size, long spinNanos) {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1, got " + size);
        if (spinNanos < 0) throw new IllegalArgumentException("spinNanos must be >= 0, got " + spinNanos);
        this.name = name;
        this.size = size;
        this.spinNanos = spinNanos;
    }

    @Override
    protected void doStart() {
        synchronized (threads) {
            for (int i = 0; i < size; i++) {
                Thread t = new Thread(this::work, name + "-" + i);
                threads.add(t);
                t.start();
            }
        }
    }

    @Override
    protected void doStop() throws InterruptedException {
        List<Thread> running;
        synchronized (threads) {
            running = List.copyOf(threads);
            threads.clear();
        }
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
                Runnable task = next();
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

    private Runnable next() throws InterruptedException {
        Runnable task = tasks.poll();
        if (task != null) return task;
        long until = System.nanoTime() + spinNanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
            task = tasks.poll();
            if (task != null) return task;
        }
        return tasks.take();
    }

    @Override
    public void join() throws InterruptedException {
        List<Thread> running;
        synchronized (threads) {
            running = List.copyOf(threads);
        }
        for (Thread t : running) t.join();
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
