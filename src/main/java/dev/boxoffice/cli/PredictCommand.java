package dev.boxoffice.cli;

import dev.boxoffice.AppConfig;
import dev.boxoffice.data.LoadedMovies;
import dev.boxoffice.data.Movie;
import dev.boxoffice.data.MovieFiles;
import dev.boxoffice.data.Tmdb5000Reader;
import dev.boxoffice.features.FilmHistory;
import dev.boxoffice.features.Profile;
import dev.boxoffice.model.Predictor;
import dev.boxoffice.model.ProductionModels;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boxoffice predict}: scores a TMDB 5000-format file with the production models. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Score a TMDB 5000-format movies file with the production models.",
                "Writes id,title,predicted_revenue,revenue_lower,revenue_upper,hit_probability,model,model_version "
                        + "(credits optional). Films no production model can score are written with empty predictions "
                        + "and listed on stderr."})
final class PredictCommand implements Callable<Integer> {
    @ParentCommand BoxofficeCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "MOVIES_CSV", description = "Films in the tmdb_5000_movies.csv format, or a Bollywood export "
            + "(the bollywood_movies.csv format, recognised by its header).")
    Path input;

    @Option(names = "--credits", paramLabel = "CREDITS_CSV", description = "Their cast and crew in the tmdb_5000_credits.csv format.")
    Path credits;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where the predictions CSV goes.")
    Path output;

    @Option(names = "--market", paramLabel = "MARKET",
            description = "Score every film as this market's (e.g. global, hi); default: each film's own market.")
    String market;

    @Option(names = "--models", paramLabel = "CHOICE", defaultValue = "forecast",
            description = "forecast (default): the pre-release model when one is in production, as it reads nothing "
                    + "whose scale drifts over time (TMDB popularity was rescaled; vote counts grow with age), else as auto; "
                    + "auto: the API's rule (post-release with popularity, vote average and vote count, seed with the first "
                    + "two, pre-release otherwise); or a profile name (seed, pre-release, post-release) to use only that one.")
    String models;

    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        AppConfig config = root.config();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // a lone file is read by its header: a TMDB 5000 movies file or a Bollywood export
        LoadedMovies loaded = credits == null && Files.isRegularFile(input) ? new MovieFiles().load(input)
                : new Tmdb5000Reader().readFiles(input, credits);
        loaded.summaryLines().forEach(err::println);
        StoreHandle store = StoreHandle.open(config, root.clock());
        if (!"forecast".equals(models) && !"auto".equals(models)) Profile.parse(models); // refuse a bad value up front
        ProductionModels production = ProductionModels.load(store.registry(), FilmHistory.of(store.features().loadMovies()));
        if (production.isEmpty()) {
            throw new CommandFailure(ExitCode.UNAVAILABLE, "no model is in production in " + store.describe()
                    + "; run `boxoffice train` (or `boxoffice quickstart`) first");
        }
        LocalDate today = LocalDate.now(root.clock());
        int scored = 0;
        int unscored = 0;
        try (PredictionCsv csv = new PredictionCsv(output)) {
            for (Movie original : loaded.movies()) {
                Movie movie = market == null ? original : original.withMarket(market);
                Optional<Predictor> predictor = pick(production, movie);
                if (predictor.isEmpty()) {
                    csv.writeUnscored(movie);
                    err.printf("not scored: %d %s: %s%n", movie.id(), movie.title(), whyUnscored(movie));
                    unscored++;
                } else {
                    csv.write(movie, predictor.get().predict(movie, today));
                    scored++;
                }
            }
        }
        err.flush();
        out.printf("wrote %s: %d films scored, %d not scored%n", output, scored, unscored);
        out.flush();
        return ExitCode.OK.code();
    }

    private Optional<Predictor> pick(ProductionModels production, Movie movie) {
        if ("forecast".equals(models)) return production.chooseForForecast(movie);
        if ("auto".equals(models)) return production.choose(movie);
        Profile profile = Profile.parse(models);
        Optional<Predictor> own = production.find(movie.market(), profile);
        return own.isPresent() ? own : production.find(Movie.GLOBAL, profile);
    }

    private static String whyUnscored(Movie movie) {
        boolean audience = movie.popularity() != null && movie.voteAverage() != null;
        String markets = Movie.GLOBAL.equals(movie.market()) ? "market global" : "market " + movie.market() + " or global";
        return audience ? "no regression model of " + markets + " is in production"
                : "it has no popularity or vote average, so only a pre-release model can score it, and no pre-release "
                        + "regression model of " + markets + " is in production";
    }
}
