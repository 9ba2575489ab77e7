package dev.boxoffice.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a double as a JSON number rounded to a fixed number of decimals (dollars to the cent, probabilities
 * and contributions to six places), trailing zeros dropped but always with a decimal point, so clients keep
 * reading floats. Shortest-round-trip formatting of every double was the largest single cost of a /predict
 * response; no reader needs 17 significant digits of a forecast. Values too large for a long fall back to Jackson.
 */
final class FixedPoint {
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};
    /** Below this a scaled value and its rounding are exact in a long and a double. */
    private static final double LIMIT = 1e15;

    private FixedPoint() {
    }

    /** Digits of the longest number {@link #write} formats itself: sign, 15 digits, the point. */
    static final int SCRATCH_CHARS = 24;

    /** Writes {@code value}, formatting it in {@code scratch} (at least {@link #SCRATCH_CHARS} long, reused by the caller). */
    static void write(JsonGenerator g, double value, int decimals, char[] scratch) throws IOException {
        double scaled = value * POW10[decimals];
        if (!(Math.abs(scaled) < LIMIT)) {
            g.writeNumber(value);
            return;
        }
        long units = Math.round(scaled);
        char[] buf = scratch;
        int pos = SCRATCH_CHARS;
        long magnitude = Math.abs(units);
        long whole = magnitude / POW10[decimals];
        long fraction = magnitude % POW10[decimals];
        int digits = decimals;
        while (digits > 0 && fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        if (digits == 0) {
            buf[--pos] = '0';
        } else {
            for (int i = 0; i < digits; i++) {
                buf[--pos] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
        }
        buf[--pos] = '.';
        do {
            buf[--pos] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        if (units < 0) buf[--pos] = '-';
        g.writeNumber(buf, pos, SCRATCH_CHARS - pos);
    }
}
