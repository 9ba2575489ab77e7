package dev.boxoffice.model;

import dev.boxoffice.features.FeatureSet;
import dev.boxoffice.features.FeatureSets;
import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.ModelRegistry;
import dev.boxoffice.store.RegisteredModel;
import java.util.Objects;

/** A registered model loaded back with its feature set, checked to read exactly the features it was trained on. */
public record LoadedModel(ModelCard card, TrainedModel model, FeatureSet featureSet) {
    public LoadedModel {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(featureSet, "featureSet");
        if (!featureSet.names().equals(model.featureNames()) || !featureSet.names().equals(card.featureNames())) {
            throw new IllegalArgumentException("model " + card.ref() + " was trained on " + card.featureNames()
                    + " but feature set " + featureSet.label() + " computes " + featureSet.names());
        }
    }

    /**
     * Loads a registered model's artifact and its feature set.
     *
     * @throws IllegalArgumentException when this build does not know the model's feature set or format
     */
    public static LoadedModel load(ModelRegistry registry, RegisteredModel registered) {
        ModelCard card = registered.card();
        TrainedModel model = ModelCodec.load(card.format(), registry.artifact(card.name(), card.version()));
        return new LoadedModel(card, model, FeatureSets.find(card.featureSetName(), card.featureSetVersion()));
    }
}
