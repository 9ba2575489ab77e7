package dev.boxoffice.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.boxoffice.features.FilmHistory.Role;
import dev.boxoffice.features.TeamFeatures.Kind;

/** The catalogue of feature sets: one current version per profile, and every version a stored model may name. */
public final class FeatureSets {
    /** The reference study's four features, with its unknown-as-zero rules. */
    public static final FeatureSet SEED = new FeatureSet("seed", 1, Profile.SEED, seed());

    /** What is known before release, as first shipped; kept so models trained on it still load. */
    static final FeatureSet PRE_RELEASE_V1 = new FeatureSet("pre-release", 1, Profile.PRE_RELEASE, preRelease());

    /**
     * What is known before release, second version: v1 plus the stated budget (the anchor of the models' line)
     * and the track records of writers, producers and companies in more detail. Kept so its models still load.
     */
    static final FeatureSet PRE_RELEASE_V2 = new FeatureSet("pre-release", 2, Profile.PRE_RELEASE,
            preReleaseV2(), MoneyFeatures.STATED_LOG_BUDGET);

    /**
     * What is known before release: v2 without the release year, plus the franchise's latest and best
     * installments. Trees cannot extrapolate a year: every future film falls in the last year seen, so the year
     * only carried the latest era's level past the cutoff (docs/forecasting.md).
     */
    public static final FeatureSet PRE_RELEASE = new FeatureSet("pre-release", 3, Profile.PRE_RELEASE,
            preReleaseV3(), MoneyFeatures.STATED_LOG_BUDGET);

    /** Pre-release v1 plus the audience signals, as first shipped; kept so models trained on it still load. */
    static final FeatureSet POST_RELEASE_V1 = new FeatureSet("post-release", 1, Profile.POST_RELEASE,
            postRelease(preRelease()));

    /**
     * Pre-release v2 plus the audience signals that exist only after release. No anchor: the line on the stated
     * budget is there for unit-error budgets a forecast cannot check, while post-release models leave films with
     * implausible money out of fitting and read the audience's size from the votes.
     */
    public static final FeatureSet POST_RELEASE = new FeatureSet("post-release", 2, Profile.POST_RELEASE,
            postRelease(preReleaseV2()));

    /** The reference Bollywood study's five features, for reproducing its random forest on Hindi films. */
    public static final FeatureSet HINDI_REFERENCE =
            new FeatureSet("hindi-reference", 1, Profile.HINDI_REFERENCE, HindiFeatures.reference());

    /** The Hindi model's features: the reference's facts in log form plus the budget unit-error hinge. */
    public static final FeatureSet HINDI = new FeatureSet("hindi", 1, Profile.HINDI, HindiFeatures.model());

    private static final Map<Profile, FeatureSet> CURRENT = Map.of(
            Profile.SEED, SEED, Profile.PRE_RELEASE, PRE_RELEASE, Profile.POST_RELEASE, POST_RELEASE,
            Profile.HINDI_REFERENCE, HINDI_REFERENCE, Profile.HINDI, HINDI);

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
        for (FeatureSet set : List.of(PRE_RELEASE_V1, PRE_RELEASE_V2, POST_RELEASE_V1)) {
            if (set.name().equals(name) && set.version() == version) return set;
        }
        throw new IllegalArgumentException("unknown feature set " + name + " v" + version
                + "; this build knows seed v1, pre-release v1 to v3, post-release v1 and v2, hindi-reference v1, hindi v1");
    }

    /** runtime, popularity, vote_avg, then log_budget: the reference's order. */
    private static List<Feature> seed() {
        List<Feature> out = new ArrayList<>(AudienceFeatures.reference());
        out.add(MoneyFeatures.referenceLogBudget());
        return out;
    }

    private static List<Feature> preRelease() {
        List<Feature> out = new ArrayList<>(MoneyFeatures.preRelease());
        out.addAll(TimingFeatures.preRelease());
        out.addAll(ContentFeatures.preRelease());
        out.addAll(PeopleFeatures.preRelease());
        return out;
    }

    private static List<Feature> preReleaseV2() {
        List<Feature> out = new ArrayList<>(preRelease());
        out.add(MoneyFeatures.statedLogBudget());
        out.addAll(TeamFeatures.of(Role.CAST, "cast", 2.64, List.of(Kind.PRIOR_LOG_ROI, Kind.LAST_LOG_REVENUE)));
        out.addAll(TeamFeatures.of(Role.DIRECTOR, "director", 0.69,
                List.of(Kind.BEST_LOG_REVENUE, Kind.LAST_LOG_REVENUE)));
        out.addAll(TeamFeatures.of(Role.COMPANY, "company", 3.37, List.of(Kind.MOST_PRIOR_FILMS, Kind.BEST_LOG_REVENUE,
                Kind.PRIOR_LOG_ROI, Kind.LAST_LOG_REVENUE)));
        out.addAll(TeamFeatures.of(Role.WRITER, "writer", 0.69, List.of(Kind.values())));
        out.addAll(TeamFeatures.of(Role.PRODUCER, "producer", 1.39, List.of(Kind.values())));
        return out;
    }

    private static List<Feature> preReleaseV3() {
        List<Feature> out = new ArrayList<>(preReleaseV2());
        out.removeIf(f -> f.def().name().equals(TimingFeatures.RELEASE_YEAR));
        out.addAll(FranchiseFeatures.preRelease());
        return out;
    }

    private static List<Feature> postRelease(List<Feature> preRelease) {
        List<Feature> out = new ArrayList<>(preRelease);
        out.addAll(AudienceFeatures.postRelease());
        return out;
    }
}
