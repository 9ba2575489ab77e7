package dev.boxoffice.serve;

import dev.boxoffice.features.Profile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GET /reports and GET /reports/{profile}/plots/{file}: the charts {@code boxoffice train} drew, read from
 * {@code <reportsDir>/<profile>/plots/}. Only a known profile and a plain {@code name.png} are served, so no
 * request can reach another file.
 */
final class ReportHandlers {
    private static final Pattern PLOT = Pattern.compile("[a-z0-9_]{1,64}\\.png");

    private final Path reportsDir;

    /** @param reportsDir null when the server has no training reports */
    ReportHandlers(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    void list(Context ctx) {
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Profile p : Profile.values()) {
            List<Map<String, String>> plots = new ArrayList<>();
            for (String name : plotNames(p)) {
                Map<String, String> plot = new LinkedHashMap<>();
                plot.put("name", name);
                plot.put("url", "/reports/" + p.cliName() + "/plots/" + name);
                plots.add(plot);
            }
            if (plots.isEmpty()) continue;
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("profile", p.cliName());
            report.put("plots", plots);
            reports.add(report);
        }
        ctx.json(Map.of("reports", reports));
    }

    void plot(Context ctx) {
        Profile profile = profile(ctx.pathParam("profile"));
        String file = ctx.pathParam("file");
        if (!PLOT.matcher(file).matches()) {
            throw ApiProblem.of(ApiProblem.NOT_FOUND, "file", "no plot named " + printable(file));
        }
        Path path = plotsDir(profile).resolve(file);
        try {
            byte[] png = Files.readAllBytes(path);
            ctx.contentType("image/png").header("Cache-Control", "no-cache").result(png);
        } catch (NoSuchFileException e) {
            throw ApiProblem.of(ApiProblem.NOT_FOUND, "file", "no plot " + file + " for profile " + profile.cliName());
        } catch (IOException e) {
            throw new UncheckedIOException("reading plot " + path, e);
        }
    }

    private Profile profile(String name) {
        for (Profile p : Profile.values()) if (p.cliName().equals(name)) return p;
        throw ApiProblem.of(ApiProblem.NOT_FOUND, "profile", "no profile named " + printable(name));
    }

    private Path plotsDir(Profile p) {
        if (reportsDir == null) throw ApiProblem.of(ApiProblem.NOT_FOUND, "file", "this server has no training reports");
        return reportsDir.resolve(p.cliName()).resolve("plots");
    }

    private List<String> plotNames(Profile p) {
        if (reportsDir == null) return List.of();
        Path dir = reportsDir.resolve(p.cliName()).resolve("plots");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> PLOT.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing plots in " + dir, e);
        }
    }

    /** The name as the client sent it, cut short and without control characters, for an error message. */
    private static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
