package dev.boxoffice.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boxoffice.data.Credit;
import dev.boxoffice.data.Credits;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.PeopleSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestApiPeopleFeatures {
    private static Movie withCredits(Credits credits) {
        return Movie.builder(7, "Film").originalLanguage("hi").credits(credits).build();
    }

    @Test
    void sums_popularity_over_distinct_names_within_cast_and_within_crew() {
        Credits credits = new Credits(
                List.of(Credit.cast(1, "Shah Rukh Khan", 0, "Raj", 2, 30.5),
                        Credit.cast(2, "Kajol", 1, "Simran", 1, 12.25),
                        Credit.cast(1, "Shah Rukh Khan", 2, "Raj's double", 2, 30.5),
                        Credit.cast(3, "Unknown Extra", 3, "Vendor", 0, null)),
                List.of(Credit.crew(10, "Aditya Chopra", "Director", "Directing", 2, 4.0),
                        Credit.crew(10, "Aditya Chopra", "Screenplay", "Writing", 2, 4.0),
                        Credit.crew(11, "Jatin Pandit", "Original Music Composer", "Sound", 2, 1.5),
                        Credit.crew(2, "Kajol", "Producer", "Production", 1, 12.25)));
        PeopleSummary s = ApiPeopleFeatures.summarize(withCredits(credits), StarList.BOLLYWOOD);
        assertThat(s.castPopularity()).isCloseTo(42.75, within(1e-12));
        // Kajol also produced: counted once in the crew too, as the reference did per list
        assertThat(s.crewPopularity()).isCloseTo(17.75, within(1e-12));
        assertThat(s.starPresent()).isTrue();
        assertThat(ApiPeopleFeatures.values(s)).containsExactly(42.75, 17.75, 1.0);
    }

    @Test
    void star_present_needs_a_listed_name_in_the_cast_not_the_crew() {
        Credits credits = new Credits(List.of(Credit.cast(2, "Kajol", 0, "Simran", 1, 12.0)),
                List.of(Credit.crew(5, "Aamir Khan", "Producer", "Production", 2, 20.0)));
        assertThat(ApiPeopleFeatures.summarize(withCredits(credits), StarList.BOLLYWOOD).starPresent()).isFalse();
        assertThat(ApiPeopleFeatures.summarize(withCredits(credits), StarList.parse("kajol , Someone Else"))
                .starPresent()).isTrue();
    }

    @Test
    void credits_without_any_popularity_fall_back_to_the_source_aggregates_else_unknown() {
        Credits noPopularity = new Credits(List.of(Credit.cast(1, "Salman Khan", 0, "Prem", 2, null)), List.of());
        Movie kaggleLike = withCredits(noPopularity);
        assertThat(ApiPeopleFeatures.summarize(kaggleLike, StarList.BOLLYWOOD)).isNull();
        assertThat(ApiPeopleFeatures.values(null)).containsOnly(Double.NaN);

        PeopleSummary fromCsv = new PeopleSummary(55.0, 8.0, true);
        Movie bollywoodCsv = Movie.builder(8, "CSV film").people(fromCsv).build();
        assertThat(ApiPeopleFeatures.summarize(bollywoodCsv, StarList.BOLLYWOOD)).isEqualTo(fromCsv);
        assertThat(ApiPeopleFeatures.summarize(kaggleLike.toBuilder().people(fromCsv).build(), StarList.BOLLYWOOD))
                .isEqualTo(fromCsv);
    }

    @Test
    void the_default_star_list_is_the_reference_seven_and_blank_names_are_refused() {
        assertThat(StarList.BOLLYWOOD.names()).hasSize(7).contains("Ajay Devgn", "Ranbir Kapoor");
        assertThat(StarList.parse("A, B, A").names()).containsExactly("A", "B");
        assertThatThrownBy(() -> new StarList(List.of("A", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
