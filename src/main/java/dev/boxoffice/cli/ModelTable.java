package dev.boxoffice.cli;

import dev.boxoffice.store.ModelCard;
import dev.boxoffice.store.RegisteredModel;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table of {@code models list}: one model version per line, columns sized to their content. */
final class ModelTable {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final List<String> HEADER = List.of("NAME", "VERSION", "MARKET", "TASK", "PROFILE", "STAGE",
            "CREATED (UTC)", "METRICS");

    private ModelTable() {
    }

    static List<String> lines(List<RegisteredModel> models) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RegisteredModel m : models) {
            ModelCard c = m.card();
            rows.add(List.of(c.name(), String.valueOf(c.version()), c.market(), c.task(), c.profile(), CardJson.stage(m),
                    CREATED.format(c.createdAt()), metrics(c)));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** "val RMSE 1.2345, test RMSE 1.2569" or "val AUC 0.7, test AUC 0.7". */
    private static String metrics(ModelCard c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : CardJson.keyMetrics(c).entrySet()) {
            String[] key = e.getKey().split("_");
            String value = e.getValue() == null ? "-" : String.format(Locale.ROOT, "%.4f", e.getValue());
            parts.add(key[0] + " " + key[1].toUpperCase(Locale.ROOT) + " " + value);
        }
        return String.join(", ", parts);
    }
}
