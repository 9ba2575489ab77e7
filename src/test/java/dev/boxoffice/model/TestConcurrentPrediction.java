package dev.boxoffice.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boxoffice.model.forest.RandomForestParams;
import dev.boxoffice.model.forest.RandomForestTrainer;
import dev.boxoffice.model.lightgbm.LightGbmParams;
import dev.boxoffice.model.lightgbm.LightGbmTrainer;
import dev.boxoffice.model.liblinear.LogisticParams;
import dev.boxoffice.model.liblinear.LogisticTrainer;
import dev.boxoffice.model.ols.OlsTrainer;
import dev.boxoffice.model.xgboost.XgboostParams;
import dev.boxoffice.model.xgboost.XgboostTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TestConcurrentPrediction {
    @Test
    void every_model_predicts_the_same_from_many_threads_at_once() throws Exception {
        TrainingSet train = SyntheticFilms.regression(300, 1, 0);
        TrainingSet validation = SyntheticFilms.regression(100, 2, 1000);
        TrainingSet hits = SyntheticFilms.classification(300, 1, 0);
        List<TrainedModel> models = List.of(
                new OlsTrainer().train(train, null, 1),
                new RandomForestTrainer(RandomForestParams.fixed(8, 20)).train(train, null, 1),
                new LightGbmTrainer(Task.REGRESSION, LightGbmParams.DEFAULTS).train(train, validation, 1),
                new XgboostTrainer(Task.REGRESSION, XgboostParams.DEFAULTS).train(train, validation, 1),
                new LogisticTrainer(LogisticParams.fixed(1.0)).train(hits, null, 1));
        double[][] rows = SyntheticFilms.regression(200, 3, 2000).matrix();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (TrainedModel model : models) {
                double[] expected = model.predictAll(rows);
                double[] expectedContrib = model.contributions(rows[7]);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        boolean same = true;
                        for (int repeat = 0; repeat < 20; repeat++) {
                            for (int i = 0; i < rows.length; i++) same &= model.predict(rows[i]) == expected[i];
                            same &= java.util.Arrays.equals(model.contributions(rows[7]), expectedContrib);
                        }
                        return same;
                    }));
                }
                for (Future<Boolean> r : results) assertThat(r.get()).as(model.name()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
