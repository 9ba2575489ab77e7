package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's threads: every task runs, an idle pool parks instead of spinning, a stopped pool takes no work. */
class TestFixedThreadPool {
    private FixedThreadPool pool;

    private void startPool(String name, int size) throws Exception {
        pool = new FixedThreadPool(name, size);
        pool.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (pool != null) pool.stop();
    }

    @Test
    void runs_every_task_on_its_own_threads() throws Exception {
        startPool("test-pool", 3);
        CountDownLatch done = new CountDownLatch(10_000);
        Set<String> names = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 10_000; i++) {
            pool.execute(() -> {
                names.add(Thread.currentThread().getName());
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("test-pool-"));
        assertThat(pool.getThreads()).isEqualTo(3);
    }

    @Test
    void a_task_that_throws_leaves_its_thread_serving() throws Exception {
        startPool("test-pool", 1);
        pool.execute(() -> {
            throw new IllegalStateException("boom");
        });
        CountDownLatch after = new CountDownLatch(1);
        pool.execute(after::countDown);

        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void an_idle_pool_parks_its_threads() throws Exception {
        startPool("idle-pool", 4);
        CountDownLatch ran = new CountDownLatch(4);
        for (int i = 0; i < 4; i++) pool.execute(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);   // well past the queue's brief spin
        long before = poolCpuNanos("idle-pool-");

        Thread.sleep(500);

        // a pool that kept spinning would burn 4 x 500 ms; a parked one burns next to nothing
        assertThat(poolCpuNanos("idle-pool-") - before).isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(pool.getIdleThreads()).isEqualTo(4);
    }

    @Test
    void a_stopped_pool_ends_its_threads_and_refuses_work() throws Exception {
        startPool("stopped-pool", 2);

        pool.stop();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("stopped-pool-"));
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    private static long poolCpuNanos(String prefix) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) sum += mx.getThreadCpuTime(t.getId());
        }
        return sum;
    }
}
