package dev.boxoffice.model.liblinear;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.boxoffice.model.ClassificationMetrics;
import dev.boxoffice.model.KFold;
import dev.boxoffice.model.Task;
import dev.boxoffice.model.Trainer;
import dev.boxoffice.model.TrainingException;
import dev.boxoffice.model.TrainingInputs;
import dev.boxoffice.model.TrainingSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * L2-regularised logistic regression with a bias term (liblinear's L2R_LR, as scikit-learn's liblinear solver),
 * on features standardised with means and scales fitted on the training rows. With more than one C, each C is
 * scored by shuffled, seeded k-fold cross-validation on the training rows (the scaler refitted inside every
 * fold) and the C with the highest mean AUC wins (ties keep the earlier C); the model is then refitted on all
 * training rows. Needs no validation set.
 */
public final class LogisticTrainer implements Trainer {
    private final LogisticParams params;

    public LogisticTrainer(LogisticParams params) {
        if (params == null) throw new IllegalArgumentException("params must not be null");
        this.params = params;
    }

    @Override public String name() { return "logistic_regression"; }
    @Override public Task task() { return Task.CLASSIFICATION; }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("solver", "liblinear_l2r_lr");
        p.put("c_grid", params.cGrid());
        p.put("cv_folds", params.folds());
        p.put("eps", params.eps());
        return Collections.unmodifiableMap(p);
    }

    @Override
    public LogisticModel train(TrainingSet train, TrainingSet validation, long seed) {
        return tune(train, seed).model();
    }

    /**
     * Cross-validates every C (when there is more than one) and fits the model with the best.
     *
     * @throws IllegalArgumentException for bad inputs (labels not 0/1, one class, too few rows for the folds)
     * @throws TrainingException when liblinear fails, naming this trainer and its params
     */
    public LogisticTuning tune(TrainingSet train, long seed) {
        TrainingInputs.check(name(), Task.CLASSIFICATION, train, null);
        List<CvScore> scores = new ArrayList<>();
        CvScore best = null;
        if (params.cGrid().size() > 1) {
            List<KFold.Fold> folds = new KFold(params.folds(), seed).folds(train.size());
            for (double c : params.cGrid()) {
                double[] aucs = new double[folds.size()];
                for (int f = 0; f < folds.size(); f++) {
                    TrainingSet fit = train.subset(folds.get(f).trainIndices());
                    TrainingSet held = train.subset(folds.get(f).testIndices());
                    aucs[f] = ClassificationMetrics.auc(held.targets(), fit(fit, c, seed).probabilities(held));
                }
                CvScore score = CvScore.of(c, aucs);
                scores.add(score);
                if (best == null || score.meanAuc() > best.meanAuc()) best = score;
            }
        }
        double c = best != null ? best.c() : params.cGrid().get(0);
        Map<String, Object> recorded = new LinkedHashMap<>(params());
        recorded.put("C", c);
        recorded.put("seed", seed);
        if (best != null) recorded.put("cv_mean_auc", best.meanAuc());
        Fit fit = fit(train, c, seed);
        return new LogisticTuning(scores, best,
                LogisticModel.of(train.featureNames(), fit.standardization, fit.weights, fit.bias, recorded));
    }

    /** A fitted scaler, weights and bias, before they become a model (cross-validation needs no JSON). */
    private record Fit(Standardization standardization, double[] weights, double bias) {
        double[] probabilities(TrainingSet set) {
            double[] p = new double[set.size()];
            for (int i = 0; i < p.length; i++) {
                double[] z = standardization.apply(set.row(i));
                double sum = 0;
                for (int j = 0; j < z.length; j++) sum += weights[j] * z[j];
                p[i] = 1.0 / (1.0 + Math.exp(-(sum + bias)));
            }
            return p;
        }
    }

    private Fit fit(TrainingSet set, double c, long seed) {
        TrainingInputs.check(name(), Task.CLASSIFICATION, set, null);
        Standardization s = Standardization.fit(set);
        int p = set.width();
        Problem problem = new Problem();
        problem.l = set.size();
        problem.n = p + 1;
        problem.bias = 1.0;
        problem.x = new Feature[set.size()][];
        problem.y = set.targets();
        for (int i = 0; i < set.size(); i++) {
            double[] z = s.apply(set.row(i));
            Feature[] nodes = new Feature[p + 1];
            for (int j = 0; j < p; j++) nodes[j] = new FeatureNode(j + 1, z[j]);
            nodes[p] = new FeatureNode(p + 1, problem.bias);
            problem.x[i] = nodes;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, params.eps());
        parameter.setRandom(new Random(seed));
        Model model;
        try {
            Linear.disableDebugOutput();
            model = Linear.train(problem, parameter);
        } catch (RuntimeException e) {
            throw new TrainingException(name() + " training failed with C=" + c + " and params " + params() + ": "
                    + e.getMessage(), e);
        }
        double[] w = model.getFeatureWeights();
        // liblinear's weights favour its first label, which is whichever class the first row has
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[p];
        for (int j = 0; j < p; j++) weights[j] = sign * w[j];
        return new Fit(s, weights, sign * w[p] * problem.bias);
    }

    @Override
    public String toString() {
        return name() + params;
    }
}
