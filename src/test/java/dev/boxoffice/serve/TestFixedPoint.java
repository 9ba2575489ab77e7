package dev.boxoffice.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TestFixedPoint {
    private static final ObjectMapper JSON = ApiServer.mapper();

    @Test
    void rounds_to_the_decimals_asked_and_drops_trailing_zeros() throws IOException {
        assertThat(written(2.842092729957657E8, 2)).isEqualTo("284209273.0");
        assertThat(written(8.271306229664278E7, 2)).isEqualTo("82713062.3");
        assertThat(written(8.271306228664278E7, 2)).isEqualTo("82713062.29");
        assertThat(written(0.6844552022218781, 6)).isEqualTo("0.684455");
        assertThat(written(0.25, 6)).isEqualTo("0.25");
        assertThat(written(18.420680753952364, 6)).isEqualTo("18.420681");
        assertThat(written(120.0, 6)).isEqualTo("120.0");
        assertThat(written(0.0000004, 6)).isEqualTo("0.0");
    }

    @Test
    void keeps_the_sign_of_negative_numbers_and_writes_no_negative_zero() throws IOException {
        assertThat(written(-1.2343332974536132, 6)).isEqualTo("-1.234333");
        assertThat(written(-0.0500001, 6)).isEqualTo("-0.05");
        assertThat(written(-0.0000001, 6)).isEqualTo("0.0");
    }

    @Test
    void leaves_numbers_too_large_for_fixed_point_and_non_finite_ones_to_jackson() throws IOException {
        assertThat(written(3.5e14, 2)).isEqualTo("3.5E14");
        assertThat(written(Double.POSITIVE_INFINITY, 2)).isEqualTo("\"Infinity\"");   // Jackson's quoted form
    }

    @Test
    void the_output_reads_back_as_the_rounded_double() throws IOException {
        for (double v : new double[]{1e-3, 123456.789012345, 9.99999949, 42, 1e13 - 0.005}) {
            double read = JSON.readTree(written(v, 6)).asDouble();
            assertThat(read).isCloseTo(v, within(5e-7 * Math.max(1, Math.abs(v) / 1e9)));
        }
    }

    private static String written(double value, int decimals) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            FixedPoint.write(g, value, decimals, new char[FixedPoint.SCRATCH_CHARS]);
        }
        return out.toString();
    }
}
