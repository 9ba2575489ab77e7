package dev.boxoffice.jobs;

import dev.boxoffice.model.Calibration;
import dev.boxoffice.model.CalibrationBin;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes the training report's charts as PNG files with XChart. */
final class ReportPlots {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    private ReportPlots() {
    }

    /** Predicted against actual log1p(revenue), with the line of perfect prediction. */
    static Path predictedVsActual(Path dir, String file, String title, double[] actual, double[] predicted) {
        XYChart chart = xy(title, "actual log1p(revenue)", "predicted log1p(revenue)");
        XYSeries points = chart.addSeries("films", actual, predicted);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        double lo = Math.min(min(actual), min(predicted));
        double hi = Math.max(max(actual), max(predicted));
        XYSeries diagonal = chart.addSeries("perfect", new double[] {lo, hi}, new double[] {lo, hi});
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineColor(Color.GRAY);
        return save(chart, dir, file);
    }

    /** Residuals (actual minus predicted) against predicted. */
    static Path residuals(Path dir, String file, String title, double[] actual, double[] predicted) {
        double[] residual = new double[actual.length];
        for (int i = 0; i < actual.length; i++) residual[i] = actual[i] - predicted[i];
        XYChart chart = xy(title, "predicted log1p(revenue)", "actual - predicted");
        XYSeries points = chart.addSeries("films", predicted, residual);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        XYSeries zero = chart.addSeries("zero", new double[] {min(predicted), max(predicted)}, new double[] {0, 0});
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(Color.GRAY);
        return save(chart, dir, file);
    }

    /** Horizontal-ish bar chart of importances, largest first (the map's iteration order is kept). */
    static Path importance(Path dir, String file, String title, Map<String, Double> importances) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("feature").yAxisTitle("importance").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.addSeries("importance", List.copyOf(importances.keySet()), List.copyOf(importances.values()));
        return save(chart, dir, file);
    }

    /** One curve per model, e.g. ROC (false positive rate, true positive rate) or precision-recall. */
    static Path curves(Path dir, String file, String title, String xTitle, String yTitle,
                       Map<String, double[][]> curvesByModel, boolean diagonal) {
        XYChart chart = xy(title, xTitle, yTitle);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        curvesByModel.forEach((name, xy) -> chart.addSeries(name, xy[0], xy[1]).setMarker(SeriesMarkers.NONE));
        if (diagonal) {
            XYSeries d = chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
            d.setMarker(SeriesMarkers.NONE);
            d.setLineColor(Color.GRAY);
        }
        return save(chart, dir, file);
    }

    /**
     * A reliability diagram: above, each classifier's observed hit rate against its mean predicted probability
     * in every non-empty bin, beside the diagonal of perfect calibration; below, how many films fell in each bin
     * (a point from a handful of films says little). Both panels give a classifier the same colour.
     */
    static Path reliability(Path dir, String file, String title, Map<String, Calibration> byModel) {
        XYChart curve = xy(title, "mean predicted hit probability", "observed hit rate");
        curve.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        curve.getStyler().setMarkerSize(7).setLegendPosition(Styler.LegendPosition.InsideSE);
        CategoryChart counts = new CategoryChartBuilder().width(WIDTH).height(HEIGHT / 2).title("films per bin")
                .xAxisTitle("predicted hit probability").yAxisTitle("films").build();
        // the colours follow the series order of the panel above, so its legend serves both
        counts.getStyler().setLegendVisible(false);
        counts.getStyler().setYAxisDecimalPattern("#0");
        byModel.forEach((name, c) -> {
            List<CalibrationBin> filled = c.bins().stream().filter(b -> b.count() > 0).toList();
            String label = String.format(Locale.ROOT, "%s (Brier %.4f, ECE %.4f)", name, c.brier(),
                    c.expectedCalibrationError());
            curve.addSeries(label, filled.stream().mapToDouble(CalibrationBin::meanPredicted).toArray(),
                    filled.stream().mapToDouble(CalibrationBin::observedRate).toArray());
            counts.addSeries(name, c.bins().stream().map(b -> String.format(Locale.ROOT, "%.1f-%.1f", b.lower(),
                    b.upper())).toList(), c.bins().stream().map(CalibrationBin::count).toList());
        });
        XYSeries diagonal = curve.addSeries("perfectly calibrated", new double[] {0, 1}, new double[] {0, 1});
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineColor(Color.GRAY);
        BufferedImage top = BitmapEncoder.getBufferedImage(curve);
        BufferedImage bottom = BitmapEncoder.getBufferedImage(counts);
        BufferedImage both = new BufferedImage(WIDTH, top.getHeight() + bottom.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.drawImage(top, 0, 0, null);
        g.drawImage(bottom, 0, top.getHeight(), null);
        g.dispose();
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve(file);
            ImageIO.write(both, "png", out.toFile());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("writing plot " + file + " to " + dir, e);
        }
    }

    private static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setMarkerSize(4);
        // XChart derives tick labels from the data's own precision; fix a readable pattern instead
        chart.getStyler().setXAxisDecimalPattern("#0.##").setYAxisDecimalPattern("#0.##");
        return chart;
    }

    private static Path save(Chart<?, ?> chart, Path dir, String file) {
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve(file);
            BitmapEncoder.saveBitmap(chart, out.toString(), BitmapEncoder.BitmapFormat.PNG);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("writing plot " + file + " to " + dir, e);
        }
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) m = Math.min(m, d);
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) m = Math.max(m, d);
        return m;
    }
}
