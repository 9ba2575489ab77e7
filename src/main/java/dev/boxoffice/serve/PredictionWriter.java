package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.boxoffice.data.Movie;
import dev.boxoffice.model.FilmPrediction;
import java.io.IOException;

/**
 * Writes a prediction in the reference API's JSON shape ({@code predicted_revenue}, {@code is_hit}, ...)
 * followed by ours (model, interval, top features), streaming straight to the generator: /predict is the hot
 * path, and building a tree per response would double its garbage.
 */
final class PredictionWriter {
    private PredictionWriter() {
    }

    static void write(JsonGenerator g, Movie movie, FilmPrediction p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("predicted_revenue", p.predictedRevenueUsd());
        g.writeNumberField("predicted_revenue_millions", millions(p.predictedRevenueUsd()));
        writeNullable(g, "is_hit", p.isHit());
        writeNullable(g, "hit_probability", p.hitProbability());
        g.writeNumberField("budget_millions", millions(movie.budgetOrZero()));
        g.writeStringField("model", p.model());
        g.writeNumberField("model_version", p.modelVersion());
        g.writeStringField("profile", p.profile());
        g.writeStringField("market", p.market());
        writeNullable(g, "revenue_lower", p.revenueLowerUsd());
        writeNullable(g, "revenue_upper", p.revenueUpperUsd());
        writeNullable(g, "interval_level", Double.isNaN(p.intervalLevel()) ? null : p.intervalLevel());
        if (p.classifier() == null) g.writeNullField("classifier");
        else g.writeStringField("classifier", p.classifier());
        if (p.classifierVersion() == null) g.writeNullField("classifier_version");
        else g.writeNumberField("classifier_version", p.classifierVersion());
        g.writeArrayFieldStart("top_features");
        for (FilmPrediction.Contribution c : p.contributions()) {
            g.writeStartObject();
            g.writeStringField("feature", c.feature());
            writeNullable(g, "value", Double.isFinite(c.value()) ? c.value() : null);
            g.writeNumberField("contribution", c.contribution());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Dollars to millions rounded to two decimals, as the reference did. */
    static double millions(double usd) {
        return Math.round(usd / 1e4) / 100.0;
    }

    private static void writeNullable(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) g.writeNullField(field);
        else g.writeNumberField(field, v);
    }

    private static void writeNullable(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v == null) g.writeNullField(field);
        else g.writeBooleanField(field, v);
    }
}
