package dev.boxoffice.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many films a run used, and where: the "rows" object of the report. */
public record RowCounts(int total, int train, int validation, int test, int testPlausible, int flagged,
                        int missingFromSplit) {
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("train", train);
        m.put("val", validation);
        m.put("test", test);
        m.put("test_plausible", testPlausible);
        m.put("flagged_implausible_money", flagged);
        m.put("missing_from_split", missingFromSplit);
        return m;
    }
}
