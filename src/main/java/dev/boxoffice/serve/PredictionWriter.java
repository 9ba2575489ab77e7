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
    /** Dollars are written to the cent; probabilities, feature values and contributions to six decimals. */
    private static final int CENTS = 2;
    private static final int SIX = 6;

    private PredictionWriter() {
    }

    static void write(JsonGenerator g, Movie movie, FilmPrediction p) throws IOException {
        g.writeStartObject();
        number(g, "predicted_revenue", p.predictedRevenueUsd(), CENTS);
        number(g, "predicted_revenue_millions", millions(p.predictedRevenueUsd()), CENTS);
        writeNullable(g, "is_hit", p.isHit());
        writeNullable(g, "hit_probability", p.hitProbability(), SIX);
        number(g, "budget_millions", millions(movie.budgetOrZero()), CENTS);
        g.writeStringField("model", p.model());
        g.writeNumberField("model_version", p.modelVersion());
        g.writeStringField("profile", p.profile());
        g.writeStringField("market", p.market());
        writeNullable(g, "revenue_lower", p.revenueLowerUsd(), CENTS);
        writeNullable(g, "revenue_upper", p.revenueUpperUsd(), CENTS);
        writeNullable(g, "interval_level", Double.isNaN(p.intervalLevel()) ? null : p.intervalLevel(), SIX);
        if (p.classifier() == null) g.writeNullField("classifier");
        else g.writeStringField("classifier", p.classifier());
        if (p.classifierVersion() == null) g.writeNullField("classifier_version");
        else g.writeNumberField("classifier_version", p.classifierVersion());
        g.writeArrayFieldStart("top_features");
        for (FilmPrediction.Contribution c : p.contributions()) {
            g.writeStartObject();
            g.writeStringField("feature", c.feature());
            writeNullable(g, "value", Double.isFinite(c.value()) ? c.value() : null, SIX);
            number(g, "contribution", c.contribution(), SIX);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Dollars to millions rounded to two decimals, as the reference did. */
    static double millions(double usd) {
        return Math.round(usd / 1e4) / 100.0;
    }

    private static void writeNullable(JsonGenerator g, String field, Double v, int decimals) throws IOException {
        if (v == null) g.writeNullField(field);
        else number(g, field, v, decimals);
    }

    private static void number(JsonGenerator g, String field, double v, int decimals) throws IOException {
        g.writeFieldName(field);
        FixedPoint.write(g, v, decimals);
    }

    private static void writeNullable(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v == null) g.writeNullField(field);
        else g.writeBooleanField(field, v);
    }
}
