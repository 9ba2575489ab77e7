package dev.boxoffice.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code boxoffice client batch --csv FILE}: one /batch_predict for the films of a CSV whose header names
 * request fields (runtime, budget, popularity, vote_avg, release_date, genres separated by '|', ...); writes
 * the rows back with the predictions appended.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Predict every film of a CSV file.")
final class ClientBatchCommand implements Callable<Integer> {
    private static final Set<String> NUMBERS = Set.of("runtime", "budget", "popularity", "vote_avg", "vote_count");
    private static final Set<String> LISTS = Set.of("genres", "production_countries", "production_companies");
    private static final List<String> OUTPUTS = List.of("predicted_revenue", "predicted_revenue_millions",
            "revenue_lower", "revenue_upper", "is_hit", "hit_probability", "model", "model_version");

    @Spec CommandSpec spec;

    @Option(names = "--url", defaultValue = ClientPredictCommand.DEFAULT_URL, description = "Server URL (default: ${DEFAULT-VALUE}).")
    String url;
    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV with a header of request fields.")
    Path csv;
    @Option(names = "--out", paramLabel = "FILE", description = "Where the CSV with predictions goes (default: stdout).")
    Path out;
    @Mixin VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        ApiClient client = new ApiClient(url);
        List<String> header;
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            header = p.getHeaderNames();
            rows = p.getRecords();
        }
        if (!header.contains("budget") || !header.contains("runtime")) {
            throw new IllegalArgumentException(csv + " must have columns budget and runtime, got " + header);
        }
        ArrayNode body = client.json().createArrayNode();
        for (CSVRecord row : rows) body.add(request(row, header, client.json().createObjectNode()));
        JsonNode predictions = client.post("/batch_predict", body).path("predictions");
        Writer w = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        List<String> columns = new ArrayList<>(header);
        columns.addAll(OUTPUTS);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).build());
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = new ArrayList<>(rows.get(i).toList());
            for (String o : OUTPUTS) {
                JsonNode v = predictions.path(i).path(o);
                values.add(v.isNull() || v.isMissingNode() ? "" : v.asText());
            }
            printer.printRecord(values);
        }
        printer.flush();
        if (out != null) printer.close();
        spec.commandLine().getErr().printf("boxoffice: %d film(s) predicted%n", rows.size());
        return ExitCode.OK.code();
    }

    private static ObjectNode request(CSVRecord row, List<String> header, ObjectNode r) {
        for (String column : header) {
            String v = row.get(column).trim();
            if (v.isEmpty()) continue;
            if (NUMBERS.contains(column)) {
                try {
                    r.put(column, Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    r.put(column, v);   // the server names the field and the film: "[3].budget: must be a number"
                }
            } else if (LISTS.contains(column)) {
                ArrayNode a = r.putArray(column);
                for (String item : v.split("\\|")) if (!item.isBlank()) a.add(item.trim());
            } else {
                r.put(column, v);
            }
        }
        return r;
    }
}
