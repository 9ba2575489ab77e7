package dev.boxoffice.store;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model registry: versions per name (1, 2, ... assigned at registration), each with its card and
 * artifact bytes, and a stage. At most one version per name is in production, which the database itself
 * enforces; promotions and rollbacks are single transactions that lock the name, so concurrent callers in
 * several processes queue rather than collide. Thread-safe. Database failures are {@link StoreException}s.
 */
public final class ModelRegistry {
    private static final String BY_NAME_VERSION = "name, version";

    private final Database db;
    private final Clock clock;
    private final ModelRows rows;
    private final PromotionLog promotions;

    /** A registry on {@code db}, stamping stage changes from {@code clock}. */
    public ModelRegistry(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rows = new ModelRows(db.dialect());
        this.promotions = new PromotionLog(db.dialect());
    }

    /**
     * Registers a model under the next version of its name, card and artifact in one transaction.
     *
     * @param card a card without version, in stage NONE or STAGING (production is reached by {@link #promote})
     * @throws IllegalArgumentException when the card has a version, is in another stage, or the artifact is empty
     */
    public RegisteredModel register(ModelCard card, byte[] artifact) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(artifact, "artifact");
        if (card.version() != null) throw new IllegalArgumentException("card must have no version, got " + card.ref());
        if (card.stage() != ModelStage.NONE && card.stage() != ModelStage.STAGING) {
            throw new IllegalArgumentException("a model is registered in stage NONE or STAGING, got " + card.stage());
        }
        if (artifact.length == 0) throw new IllegalArgumentException("artifact must not be empty");
        byte[] bytes = artifact.clone();
        String sha256 = ContentHash.of(bytes);
        return db.write("registering model " + card.name(), c -> {
            ModelCard versioned = card.withVersion(rows.nextVersion(c, card.name()));
            rows.insert(c, versioned, bytes, sha256, clock.instant());
            return new RegisteredModel(versioned, sha256, bytes.length);
        });
    }

    /** Every registered model version, by name and version. */
    public List<RegisteredModel> list() {
        return db.read("listing models", c -> rows.select(c, null, BY_NAME_VERSION));
    }

    /** The model versions of one market, by name and version. */
    public List<RegisteredModel> list(String market) {
        Objects.requireNonNull(market, "market");
        return db.read("listing models of market " + market, c -> rows.select(c, "market = ?", BY_NAME_VERSION, market));
    }

    /** The model {@code name:version}. */
    public Optional<RegisteredModel> find(String name, int version) {
        return Optional.ofNullable(db.read("finding model " + name + ":" + version, c -> rows.find(c, name, version)));
    }

    /** The referenced version, or the latest when the reference has none. */
    public Optional<RegisteredModel> find(ModelRef ref) {
        return ref.version() == null ? latest(ref.name()) : find(ref.name(), ref.version());
    }

    /** The highest version of {@code name}. */
    public Optional<RegisteredModel> latest(String name) {
        return db.read("finding latest model " + name,
                c -> rows.select(c, "name = ?", "version DESC", name)).stream().findFirst();
    }

    /** The production version of {@code name}. */
    public Optional<RegisteredModel> production(String name) {
        return db.read("finding production model " + name,
                c -> rows.select(c, "name = ? AND stage = 'PRODUCTION'", "version", name)).stream().findFirst();
    }

    /**
     * Checks that the store answers and holds the registry (one indexed row at most, no card parsed): what
     * /health asks on every probe.
     *
     * @throws StoreException when it does not
     */
    public void ping() {
        db.read("pinging the store", c -> {
            try (var statement = c.createStatement()) {
                return statement.execute("SELECT 1 FROM models LIMIT 1");
            }
        });
    }

    /** Every production version (one per name), by market, task and name. */
    public List<RegisteredModel> productionModels() {
        return db.read("listing production models",
                c -> rows.select(c, "stage = 'PRODUCTION'", "market, task, name"));
    }

    /**
     * The artifact of {@code name:version}, checked against the SHA-256 recorded at registration.
     *
     * @throws ModelNotFoundException when there is no such model
     * @throws StoreException when the stored bytes no longer match their hash
     */
    public byte[] artifact(String name, int version) {
        ModelRef ref = ModelRef.of(name, version);
        Object[] found = db.read("loading artifact of " + ref, c -> rows.artifact(c, name, version));
        if (found == null) throw new ModelNotFoundException(ref);
        byte[] bytes = (byte[]) found[0];
        if (!ContentHash.of(bytes).equals(found[1])) {
            throw new StoreException("loading artifact of " + ref,
                    new IllegalStateException("stored bytes do not match their SHA-256 " + found[1]));
        }
        return bytes;
    }

    /**
     * Puts {@code name:version} in production and archives the version that was; a no-op when it already is.
     *
     * @throws ModelNotFoundException when there is no such model
     */
    public RegisteredModel promote(String name, int version) {
        ModelRef ref = ModelRef.of(name, version);
        return db.write("promoting " + ref, c -> {
            rows.lockName(c, name);
            RegisteredModel model = rows.find(c, name, version);
            if (model == null) throw new ModelNotFoundException(ref);
            if (model.stage() == ModelStage.PRODUCTION) return model;
            var now = clock.instant();
            for (RegisteredModel current : rows.select(c, "name = ? AND stage = 'PRODUCTION'", "version", name)) {
                rows.setStage(c, name, current.version(), ModelStage.ARCHIVED, now);
            }
            rows.setStage(c, name, version, ModelStage.PRODUCTION, now);
            promotions.push(c, name, version, now);
            return rows.find(c, name, version);
        });
    }

    /**
     * Archives the production version of {@code name} and puts the version promoted before it back.
     *
     * @return the version now in production
     * @throws ModelNotFoundException when no model has that name
     * @throws IllegalStateException when nothing is in production or no earlier promotion exists
     */
    public RegisteredModel rollback(String name) {
        return db.write("rolling back " + name, c -> {
            if (rows.lockName(c, name) == null) throw new ModelNotFoundException(new ModelRef(name, null));
            List<RegisteredModel> current = rows.select(c, "name = ? AND stage = 'PRODUCTION'", "version", name);
            if (current.isEmpty()) throw new IllegalStateException("no production version of " + name + " to roll back");
            int from = current.get(0).version();
            var now = clock.instant();
            Integer previous = promotions.pop(c, name, from, now);
            if (previous == null) {
                throw new IllegalStateException("no version of " + name + " was in production before " + name + ":" + from);
            }
            rows.setStage(c, name, from, ModelStage.ARCHIVED, now);
            rows.setStage(c, name, previous, ModelStage.PRODUCTION, now);
            return rows.find(c, name, previous);
        });
    }

    /**
     * Moves {@code name:version} to NONE, STAGING or ARCHIVED (archiving the production version leaves none).
     *
     * @throws IllegalArgumentException for PRODUCTION: use {@link #promote}
     * @throws ModelNotFoundException when there is no such model
     */
    public RegisteredModel setStage(String name, int version, ModelStage stage) {
        Objects.requireNonNull(stage, "stage");
        if (stage == ModelStage.PRODUCTION) throw new IllegalArgumentException("use promote to put a model in production");
        ModelRef ref = ModelRef.of(name, version);
        return db.write("moving " + ref + " to " + stage, c -> {
            rows.lockName(c, name);
            if (!rows.setStage(c, name, version, stage, clock.instant())) throw new ModelNotFoundException(ref);
            return rows.find(c, name, version);
        });
    }
}
