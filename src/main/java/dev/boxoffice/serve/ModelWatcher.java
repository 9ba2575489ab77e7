package dev.boxoffice.serve;

import dev.boxoffice.data.Movie;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.model.ProductionModels;
import dev.boxoffice.store.FeatureStore;
import dev.boxoffice.store.ModelRef;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served models in step with the registry. It polls the set of production (name, version) pairs;
 * when the set changes it loads the new models and the film history in the background and swaps them in
 * with one reference write. A request reads the reference once, so one in flight finishes on the models it
 * started with, and no request ever waits for a load. A failed load keeps the models already served.
 */
final class ModelWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelWatcher.class);

    private final FeatureStore store;
    private final ModelRegistry registry;
    private final Clock clock;
    private final Duration interval;
    private final Consumer<LiveModels> onSwap;
    private final AtomicReference<LiveModels> live = new AtomicReference<>();
    private volatile Set<ModelRef> lastFailed = Set.of();
    private ScheduledExecutorService scheduler;

    ModelWatcher(FeatureStore store, ModelRegistry registry, Clock clock, Duration interval,
                 Consumer<LiveModels> onSwap) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
        this.interval = interval;
        this.onSwap = onSwap;
    }

    /** The models being served, or null while none is loaded. */
    LiveModels current() {
        return live.get();
    }

    /** Checks the registry once and swaps when the production set changed; never throws. */
    void refresh() {
        Set<ModelRef> refs;
        try {
            refs = registry.productionModels().stream().map(RegisteredModel::ref)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (RuntimeException e) {
            LOG.warn("could not read the model registry; still serving the previous models: {}", e.toString());
            return;
        }
        LiveModels now = live.get();
        if (now != null ? now.refs().equals(refs) : refs.isEmpty()) return;
        if (refs.equals(lastFailed)) return;   // a set this build cannot load stays unloadable until it changes
        try {
            load(refs);
        } catch (IllegalArgumentException e) {
            lastFailed = refs;
            LOG.warn("cannot serve production models {}; still serving the previous ones: {}", refs, e.getMessage());
        } catch (RuntimeException e) {
            // the edge of a background thread: say what failed, keep serving, retry on the next poll
            LOG.warn("could not load the production models; still serving the previous ones: {}", e.toString());
        }
    }

    private void load(Set<ModelRef> refs) {
        long start = System.nanoTime();
        List<Movie> movies = store.loadMovies();
        ProductionModels models = ProductionModels.load(registry, FilmHistory.of(movies));
        LiveModels next = new LiveModels(models, refs, NameDirectory.of(movies), clock.instant());
        live.set(next);
        onSwap.accept(next);
        LOG.info("serving {} model(s): {} (history of {} films, loaded in {} ms)", models.cards().size(),
                refs.stream().map(ModelRef::toString).sorted().collect(Collectors.joining(", ")), movies.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Starts polling every interval on a daemon thread. */
    synchronized void start() {
        if (scheduler != null) return;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "model-watcher");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::refresh, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Stops polling, and waits for a load in flight: once closed, the watcher no longer touches the store. */
    @Override
    public synchronized void close() {
        if (scheduler == null) return;
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("a model load was still running at stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }
}
