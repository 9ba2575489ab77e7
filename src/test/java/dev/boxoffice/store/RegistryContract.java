package dev.boxoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The model registry's half of the store contract (see {@link StoreContract}). */
abstract class RegistryContract extends StoreContract {

    static ModelCard card(String name, String market, String task) {
        return new ModelCard(name, null, market, task, "pre_release", "pre_release", 2,
                List.of("log_budget", "vote_avg", "genre_drama"), "xgboost-json",
                Map.of("max_depth", 6, "eta", 0.05, "objective", "reg:squarederror", "early_stop", true,
                        "monotone", List.of(1, 0, -1)),
                Map.of("val", Map.of("rmse", 1.25, "r2", 0.61), "test", Map.of("rmse", 1.31, "r2", Double.NaN)),
                "sha256:4f1c", 42L, Instant.parse("2024-05-01T09:30:00.123456Z"), ModelStage.NONE);
    }

    RegisteredModel register(String name) {
        return registry.register(card(name, "global", ModelCard.REGRESSION), name.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void versions_increment_per_name_and_the_card_and_artifact_round_trip() {
        byte[] artifact = "{\"learner\": {}}".getBytes(StandardCharsets.UTF_8);
        RegisteredModel first = registry.register(card("xgb-revenue", "global", "regression"), artifact);
        RegisteredModel second = register("xgb-revenue");
        RegisteredModel other = register("ols-revenue");

        assertThat(List.of(first.version(), second.version(), other.version())).containsExactly(1, 2, 1);
        assertThat(first.card()).isEqualTo(card("xgb-revenue", "global", "regression").withVersion(1));
        assertThat(first.card().params()).containsEntry("max_depth", 6L).containsEntry("monotone", List.of(1L, 0L, -1L));
        assertThat(registry.find("xgb-revenue", 1)).contains(first);
        assertThat(registry.artifact("xgb-revenue", 1)).isEqualTo(artifact);
        assertThat(first.artifactSizeBytes()).isEqualTo(artifact.length);
        assertThat(registry.latest("xgb-revenue")).contains(second);
        assertThat(registry.find(ModelRef.parse("xgb-revenue"))).contains(second);
        assertThat(registry.find(ModelRef.parse("xgb-revenue:1"))).contains(first);
        assertThat(registry.list()).containsExactly(other, first, second);
        assertThat(store.stats().models()).isEqualTo(3);
    }

    @Test
    void models_list_by_market_and_unknown_models_are_reported() {
        register("xgb-revenue");
        RegisteredModel hindi = registry.register(card("xgb-revenue-hi", "hi", "regression"), new byte[] {1});

        assertThat(registry.list("hi")).containsExactly(hindi);
        assertThat(registry.find("xgb-revenue", 9)).isEmpty();
        assertThat(registry.latest("nothing")).isEmpty();
        assertThatThrownBy(() -> registry.artifact("xgb-revenue", 9)).isInstanceOf(ModelNotFoundException.class)
                .hasMessage("no model registered as xgb-revenue:9");
        assertThatThrownBy(() -> registry.promote("xgb-revenue", 9)).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> registry.rollback("nothing")).isInstanceOf(ModelNotFoundException.class);
    }

    @Test
    void register_rejects_a_versioned_or_production_card() {
        ModelCard card = card("xgb-revenue", "global", "regression");
        assertThatThrownBy(() -> registry.register(card.withVersion(3), new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.register(card.withStage(ModelStage.PRODUCTION), new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.register(card.withStage(ModelStage.STAGING), new byte[] {1}).stage())
                .isEqualTo(ModelStage.STAGING);
    }

    @Test
    void promote_archives_the_previous_production_version() {
        register("xgb-revenue");
        register("xgb-revenue");
        RegisteredModel classifier = registry.register(card("xgb-hit", "global", "classification"), new byte[] {1});

        assertThat(registry.promote("xgb-revenue", 1).stage()).isEqualTo(ModelStage.PRODUCTION);
        registry.promote("xgb-hit", 1);
        assertThat(registry.promote("xgb-revenue", 2).stage()).isEqualTo(ModelStage.PRODUCTION);

        assertThat(registry.find("xgb-revenue", 1).orElseThrow().stage()).isEqualTo(ModelStage.ARCHIVED);
        assertThat(registry.production("xgb-revenue")).get().extracting(RegisteredModel::version).isEqualTo(2);
        assertThat(registry.productionModels()).extracting(RegisteredModel::ref)
                .containsExactly(classifier.ref(), ModelRef.of("xgb-revenue", 2));
        assertThat(registry.promote("xgb-revenue", 2).version()).isEqualTo(2);
    }

    @Test
    void the_database_itself_refuses_a_second_production_version() {
        register("xgb-revenue");
        register("xgb-revenue");
        registry.promote("xgb-revenue", 1);

        assertThatThrownBy(() -> db.write("bypassing the registry", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE models SET stage = 'PRODUCTION' WHERE name = 'xgb-revenue' AND version = 2")) {
                return ps.executeUpdate();
            }
        })).isInstanceOf(StoreException.class);
        assertThat(registry.production("xgb-revenue")).get().extracting(RegisteredModel::version).isEqualTo(1);
    }

    @Test
    void rollback_walks_back_through_earlier_promotions_and_fails_when_there_are_none() {
        for (int i = 0; i < 3; i++) register("xgb-revenue");
        registry.promote("xgb-revenue", 1);
        registry.promote("xgb-revenue", 3);
        registry.promote("xgb-revenue", 2);

        assertThat(registry.rollback("xgb-revenue").version()).isEqualTo(3);
        assertThat(registry.find("xgb-revenue", 2).orElseThrow().stage()).isEqualTo(ModelStage.ARCHIVED);
        assertThat(registry.rollback("xgb-revenue").version()).isEqualTo(1);
        assertThatThrownBy(() -> registry.rollback("xgb-revenue")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no version of xgb-revenue was in production before xgb-revenue:1");
        assertThat(registry.production("xgb-revenue")).get().extracting(RegisteredModel::version).isEqualTo(1);

        registry.setStage("xgb-revenue", 1, ModelStage.ARCHIVED);
        assertThatThrownBy(() -> registry.rollback("xgb-revenue")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no production version");
    }

    @Test
    void set_stage_moves_a_model_but_never_into_production() {
        register("xgb-revenue");
        assertThat(registry.setStage("xgb-revenue", 1, ModelStage.STAGING).stage()).isEqualTo(ModelStage.STAGING);
        assertThatThrownBy(() -> registry.setStage("xgb-revenue", 1, ModelStage.PRODUCTION))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.setStage("xgb-revenue", 2, ModelStage.NONE))
                .isInstanceOf(ModelNotFoundException.class);
    }

    @Test
    void concurrent_registrations_get_distinct_versions_and_promotions_leave_one_production() throws Exception {
        int threads = 4;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Integer>>> registrations = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                registrations.add(() -> {
                    List<Integer> versions = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) versions.add(register("xgb-revenue").version());
                    return versions;
                });
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<List<Integer>> f : pool.invokeAll(registrations)) versions.addAll(f.get());
            assertThat(versions).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, threads * perThread).boxed().toList());

            List<Callable<RegisteredModel>> promotions = new ArrayList<>();
            for (int v = 1; v <= threads * perThread; v++) {
                int version = v;
                promotions.add(() -> registry.promote("xgb-revenue", version));
            }
            for (Future<RegisteredModel> f : pool.invokeAll(promotions)) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.list()).filteredOn(m -> m.stage() == ModelStage.PRODUCTION).hasSize(1);
        assertThat(registry.list()).filteredOn(m -> m.stage() == ModelStage.ARCHIVED).hasSize(threads * perThread - 1);
    }

    @Test
    void reopening_the_database_keeps_everything() {
        store.upsertMovies(Films.all());
        register("xgb-revenue");
        Database again = Database.open(db.redactedUrl());

        assertThat(new FeatureStore(again, java.time.Clock.systemUTC()).stats()).isEqualTo(store.stats());
        assertThat(new ModelRegistry(again, java.time.Clock.systemUTC()).list()).isEqualTo(registry.list());
    }

    @Test
    void processes_opening_a_new_store_at_once_all_succeed() throws Exception {
        String url = newDatabaseUrl();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<Database>> opens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opens.add(pool.submit(() -> {
                    start.await();
                    return Database.open(url);
                }));
            }
            start.countDown();
            for (Future<Database> open : opens) {
                assertThat(new FeatureStore(open.get(), java.time.Clock.systemUTC()).isEmpty()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
