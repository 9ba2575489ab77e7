package dev.boxoffice.jobs;

import dev.boxoffice.data.tmdb.FakeTmdbServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the weekly tests share: the {@link TrainedStore} with production Hindi models, trained once per test
 * class, a fresh copy of it per test at {@link #storeUrl}, and the fake TMDB serving the upcoming week
 * ({@link WeeklyFixtures#upcomingWeek()}). Subclasses open the copy in their own {@code @BeforeEach}, which
 * JUnit runs after this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UpcomingWeekFixture {
    @TempDir
    protected Path dir;
    protected FakeTmdbServer tmdb;
    /** The JDBC URL of this test's copy of the trained store. */
    protected String storeUrl;
    private TrainedStore trained;

    @BeforeAll
    protected void train_the_production_models(@TempDir Path templateDir) {
        trained = TrainedStore.build(templateDir);
    }

    @BeforeEach
    protected void copy_the_store_and_start_tmdb() throws IOException {
        tmdb = WeeklyFixtures.upcomingWeek();
        storeUrl = trained.copyTo(dir.resolve("store.db"));
    }

    @AfterEach
    protected void stop_tmdb() {
        tmdb.close();
    }
}
