package dev.boxoffice.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalogue of feature sets: one current version per profile, and every version a stored model may name. */
public final class FeatureSets {
    /** The reference study's four features, with its unknown-as-zero rules. */
    public static final FeatureSet SEED = new FeatureSet("seed", 1, Profile.SEED, List.of(
            AudienceFeatures.reference().get(0), AudienceFeatures.reference().get(1),
            AudienceFeatures.reference().get(2), MoneyFeatures.referenceLogBudget()));

    /** What is known before release. */
    public static final FeatureSet PRE_RELEASE = new FeatureSet("pre-release", 1, Profile.PRE_RELEASE, preRelease());

    /** Pre-release plus the audience signals that exist only after release. */
    public static final FeatureSet POST_RELEASE = new FeatureSet("post-release", 1, Profile.POST_RELEASE, postRelease());

    private static final Map<Profile, FeatureSet> CURRENT = Map.of(
            Profile.SEED, SEED, Profile.PRE_RELEASE, PRE_RELEASE, Profile.POST_RELEASE, POST_RELEASE);

    private FeatureSets() {
    }

    /** The current feature set of a profile. */
    public static FeatureSet forProfile(Profile profile) {
        return CURRENT.get(profile);
    }

    /**
     * The feature set a stored model names.
     *
     * @throws IllegalArgumentException when this build does not know that name and version
     */
    public static FeatureSet find(String name, int version) {
        for (FeatureSet set : CURRENT.values()) {
            if (set.name().equals(name) && set.version() == version) return set;
        }
        throw new IllegalArgumentException("unknown feature set " + name + " v" + version
                + "; this build knows seed v1, pre-release v1, post-release v1");
    }

    private static List<Feature> preRelease() {
        List<Feature> out = new ArrayList<>(MoneyFeatures.preRelease());
        out.addAll(TimingFeatures.preRelease());
        out.addAll(ContentFeatures.preRelease());
        out.addAll(PeopleFeatures.preRelease());
        return out;
    }

    private static List<Feature> postRelease() {
        List<Feature> out = new ArrayList<>(preRelease());
        out.addAll(AudienceFeatures.postRelease());
        return out;
    }
}
