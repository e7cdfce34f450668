package org.vidnova.reporting;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn on the server with JFreeChart as PNG data URIs, so the same image appears in the HTML
 * and the PDF and the archived report needs no script or later request.
 */
final class ReportCharts {

    /** One bar: its label and value. */
    record Bar(String label, long value) {
    }

    private static final Color BAR = new Color(0x1f, 0x5f, 0x99);
    /** DejaVu Sans (installed with the PDF's font) has Cyrillic; AWT falls back to a logical font without it. */
    private static final String FONT = "DejaVu Sans";

    private ReportCharts() {
    }

    /** Vertical bars (e.g. strikes per day), labels turned so a month of days fits. */
    static String columns(String title, String valueLabel, List<Bar> bars) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, dataset(bars),
                PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return png(chart, 720, 300);
    }

    /** Horizontal bars (e.g. strikes by district), long names readable. */
    static String rows(String title, String valueLabel, List<Bar> bars) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, dataset(bars),
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart);
        return png(chart, 720, 60 + 28 * Math.max(1, bars.size()));
    }

    private static DefaultCategoryDataset dataset(List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            data.addValue(b.value(), "", b.label());
        }
        return data;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 15));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        range.setLabelFont(new Font(FONT, Font.PLAIN, 12));
    }

    private static String png(JFreeChart chart, int width, int height) {
        try {
            byte[] bytes = ChartUtils.encodeAsPNG(chart.createBufferedImage(width, height));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bars from a per-day series (ISO day → count), labelled by day of month and month. */
    static List<Bar> days(Map<String, Long> perDay) {
        return perDay.entrySet().stream()
                .map(e -> new Bar(e.getKey().substring(8) + "." + e.getKey().substring(5, 7), e.getValue())).toList();
    }
}
