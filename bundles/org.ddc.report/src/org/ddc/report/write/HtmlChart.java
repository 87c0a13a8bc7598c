package org.ddc.report.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ddc.analysis.Quantities;
import org.ddc.report.model.BarChart;

/**
 * A bar chart as a small table: per bar its label, an inline SVG bar (the segments stacked from the left on a grey
 * track, a black mark at the capacity, the part beyond the capacity red) and the figures as text, so the chart reads
 * without the graphics too. All bars of a chart share one scale. A legend names the segments' colours.
 */
final class HtmlChart {
	static final int WIDTH = 420;
	static final int HEIGHT = 20;
	private static final int BAR_TOP = 3;
	private static final int BAR_HEIGHT = 14;
	private static final int SWATCH = 12;

	private final Markup html;

	HtmlChart(Markup html) {
		this.html = html;
	}

	void write(BarChart chart) throws IOException {
		List<String> segmentNames = segmentNames(chart);
		double scale = scale(chart);
		html.start("figure", "class", "block chart");
		html.start("figcaption");
		html.text(chart.title());
		if (chart.unit() != null && !chart.unit().isBlank()) {
			html.element("span", " (" + chart.unit() + ")", "class", "unit");
		}
		html.end();
		html.newline();
		legend(chart, segmentNames);
		html.start("table", "class", "bars");
		html.newline();
		for (BarChart.Bar bar : chart.bars()) {
			html.start("tr", "class", bar.over() ? "over" : null);
			html.element("th", bar.over() ? "⚠ " + bar.label() : bar.label(), "scope", "row");
			html.start("td", "class", "bar");
			bar(bar, chart.unit(), segmentNames, scale);
			html.end();
			html.start("td", "class", "figures");
			html.text(bar.text());
			if (bar.over()) {
				html.text(" ");
				html.element("span", "over capacity", "class", "warn");
			}
			html.end();
			html.end();
			html.newline();
		}
		html.end();
		html.end();
	}

	/** Segment names in order of first appearance: each keeps its colour across the chart's bars. */
	static List<String> segmentNames(BarChart chart) {
		List<String> names = new ArrayList<>();
		for (BarChart.Bar bar : chart.bars()) {
			for (BarChart.Segment segment : bar.segments()) {
				if (!names.contains(segment.name())) {
					names.add(segment.name());
				}
			}
		}
		return names;
	}

	/** Pixels per unit: the longest bar or capacity fills the width. */
	private static double scale(BarChart chart) {
		double max = 0;
		for (BarChart.Bar bar : chart.bars()) {
			max = Math.max(max, positive(bar.total()));
			max = Math.max(max, positive(bar.capacity()));
		}
		return max > 0 ? WIDTH / max : 0;
	}

	private static double positive(double value) {
		return Double.isFinite(value) && value > 0 ? value : 0;
	}

	private void legend(BarChart chart, List<String> segmentNames) throws IOException {
		boolean capacity = chart.bars().stream().anyMatch(b -> Double.isFinite(b.capacity()));
		boolean over = chart.bars().stream().anyMatch(BarChart.Bar::over);
		html.start("ul", "class", "legend");
		for (int i = 0; i < segmentNames.size(); i++) {
			html.start("li");
			swatch("rect", segmentClass(i));
			html.text(segmentNames.get(i));
			html.end();
		}
		if (capacity) {
			html.start("li");
			swatch("line", "cap");
			html.text("capacity");
			html.end();
		}
		if (over) {
			html.start("li");
			swatch("rect", "overpart");
			html.text("over capacity");
			html.end();
		}
		html.end();
		html.newline();
	}

	private void swatch(String shape, String cssClass) throws IOException {
		html.start("svg", "width", String.valueOf(SWATCH), "height", String.valueOf(SWATCH), "viewBox",
				"0 0 " + SWATCH + " " + SWATCH, "aria-hidden", "true");
		if (shape.equals("line")) {
			html.empty("line", "class", cssClass, "x1", "6", "y1", "0", "x2", "6", "y2", String.valueOf(SWATCH));
		} else {
			html.empty("rect", "class", cssClass, "x", "1", "y", "1", "width", "10", "height", "10");
		}
		html.end();
	}

	private void bar(BarChart.Bar bar, String unit, List<String> segmentNames, double scale) throws IOException {
		html.start("svg", "width", String.valueOf(WIDTH + 2), "height", String.valueOf(HEIGHT), "viewBox",
				"0 0 " + (WIDTH + 2) + " " + HEIGHT, "role", "img", "aria-label", bar.label() + ": " + bar.text());
		html.empty("rect", "class", "track", "x", "0", "y", String.valueOf(BAR_TOP), "width", String.valueOf(WIDTH),
				"height", String.valueOf(BAR_HEIGHT));
		double x = 0;
		for (BarChart.Segment segment : bar.segments()) {
			double width = positive(segment.value()) * scale;
			if (width > 0) {
				html.start("rect", "class", segmentClass(segmentNames.indexOf(segment.name())), "x", number(x), "y",
						String.valueOf(BAR_TOP), "width", number(width), "height", String.valueOf(BAR_HEIGHT));
				html.element("title", segment.name() + ": " + Quantities.number(segment.value()) + unit(unit));
				html.end();
			}
			x += width;
		}
		if (Double.isFinite(bar.capacity())) {
			double capacity = positive(bar.capacity()) * scale;
			if (x > capacity + 0.05) {
				html.empty("rect", "class", "overpart", "x", number(capacity), "y", String.valueOf(BAR_TOP), "width",
						number(x - capacity), "height", String.valueOf(BAR_HEIGHT));
			}
			double mark = Math.min(Math.max(capacity, 1), WIDTH + 1);
			html.start("line", "class", "cap", "x1", number(mark), "y1", "0", "x2", number(mark), "y2",
					String.valueOf(HEIGHT));
			html.element("title", "capacity: " + Quantities.number(bar.capacity()) + unit(unit));
			html.end();
		}
		html.end();
	}

	private static String unit(String unit) {
		return unit == null || unit.isBlank() ? "" : " " + unit;
	}

	private static String segmentClass(int index) {
		return "s" + (index % HtmlStyle.SEGMENT_COLOURS);
	}

	/** An SVG coordinate: one decimal, '.' whatever the locale. */
	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
