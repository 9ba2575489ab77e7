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
        char[] digits = new char[FixedPoint.SCRATCH_CHARS];   // one buffer for the response's ~20 numbers
        g.writeStartObject();
        number(g, "predicted_revenue", p.predictedRevenueUsd(), CENTS, digits);
        number(g, "predicted_revenue_millions", millions(p.predictedRevenueUsd()), CENTS, digits);
        writeNullable(g, "is_hit", p.isHit());
        writeNullable(g, "hit_probability", p.hitProbability(), SIX, digits);
        number(g, "budget_millions", millions(movie.budgetOrZero()), CENTS, digits);
        g.writeStringField("model", p.model());
        g.writeNumberField("model_version", p.modelVersion());
        g.writeStringField("profile", p.profile());
        g.writeStringField("market", p.market());
        writeNullable(g, "revenue_lower", p.revenueLowerUsd(), CENTS, digits);
        writeNullable(g, "revenue_upper", p.revenueUpperUsd(), CENTS, digits);
        writeNullable(g, "interval_level", Double.isNaN(p.intervalLevel()) ? null : p.intervalLevel(), SIX, digits);
        if (p.classifier() == null) g.writeNullField("classifier");
        else g.writeStringField("classifier", p.classifier());
        if (p.classifierVersion() == null) g.writeNullField("classifier_version");
        else g.writeNumberField("classifier_version", p.classifierVersion());
        g.writeArrayFieldStart("top_features");
        for (FilmPrediction.Contribution c : p.contributions()) {
            g.writeStartObject();
            g.writeStringField("feature", c.feature());
            writeNullable(g, "value", Double.isFinite(c.value()) ? c.value() : null, SIX, digits);
            number(g, "contribution", c.contribution(), SIX, digits);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Dollars to millions rounded to two decimals, as the reference did. */
    static double millions(double usd) {
        return Math.round(usd / 1e4) / 100.0;
    }

    private static void writeNullable(JsonGenerator g, String field, Double v, int decimals, char[] digits)
            throws IOException {
        if (v == null) g.writeNullField(field);
        else number(g, field, v, decimals, digits);
    }

    private static void number(JsonGenerator g, String field, double v, int decimals, char[] digits) throws IOException {
        g.writeFieldName(field);
        FixedPoint.write(g, v, decimals, digits);
    }

    private static void writeNullable(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v == null) g.writeNullField(field);
        else g.writeBooleanField(field, v);
    }
}
