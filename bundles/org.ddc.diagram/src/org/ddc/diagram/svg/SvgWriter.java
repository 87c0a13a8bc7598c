package org.ddc.diagram.svg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Edge;
import org.ddc.diagram.model.Label;
import org.ddc.diagram.model.LegendEntry;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Mark.Failure;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Shape;
import org.ddc.diagram.model.TextFit;
import org.ddc.rules.Severity;

/**
 * Writes a diagram as one standalone SVG file: a title band, the drawing, the legend (with the overlay marks the
 * drawing uses) and its notes. Every box and edge is a group with a {@code <title>} (the tooltip browsers and JSVG
 * show) and, when it has a source, {@code data-source="file:line"}. Every text from the design is escaped; the
 * output depends only on the diagram (numbers rounded to one decimal, no time, no random ids).
 */
public final class SvgWriter {

	/** Space left of, right of and under the drawing. */
	public static final double MARGIN = 16;
	/** The title band above the drawing. */
	public static final double HEADER = 40;
	/** Font of every text. */
	public static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
	/** Font size of text in boxes. */
	public static final double TEXT_SIZE = 11;

	private static final double LEGEND_ROW = 20;
	private static final double LEGEND_COLUMN = 290;
	private static final double LEGEND_SWATCH = 14;
	private static final String ERROR = "#cc0000";
	private static final String WARNING = "#e69138";
	private static final String SPOF = "#9900cc";
	private static final String FAILED = "#000000";

	private SvgWriter() {
	}

	/** Where a point of the diagram lies in the SVG: the drawing is moved right by the margin and down by the header. */
	public static Point toSvg(Point diagramPoint) {
		return new Point(diagramPoint.x() + MARGIN, diagramPoint.y() + HEADER);
	}

	/** The SVG of the diagram. */
	public static String write(Diagram diagram) {
		List<LegendEntry> legend = legend(diagram);
		double width = Math.max(diagram.width() + 2 * MARGIN, 480);
		List<String> notes = new ArrayList<>();
		for (String note : diagram.notes()) {
			notes.addAll(wrap(note, width - 2 * MARGIN, TEXT_SIZE));
		}
		int perRow = Math.max(1, (int) ((width - 2 * MARGIN) / legendColumn(legend)));
		int legendRows = (legend.size() + perRow - 1) / perRow;
		double legendTop = HEADER + diagram.height() + MARGIN;
		double height = legendTop + legendRows * LEGEND_ROW + notes.size() * (TEXT_SIZE + 5) + MARGIN;

		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Xml.number(width))
				.append("\" height=\"").append(Xml.number(height)).append("\" viewBox=\"0 0 ").append(Xml.number(width))
				.append(' ').append(Xml.number(height)).append("\" font-family=\"").append(FONT).append("\">\n");
		svg.append("<title>").append(Xml.escape(diagram.title())).append("</title>\n");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(Xml.number(width)).append("\" height=\"")
				.append(Xml.number(height)).append("\" fill=\"#ffffff\"/>\n");
		svg.append("<text x=\"").append(Xml.number(MARGIN)).append("\" y=\"26\" font-size=\"16\" font-weight=\"bold\" "
				+ "fill=\"#222222\">").append(Xml.escape(TextFit.fit(diagram.title(), width - 2 * MARGIN, 16)))
				.append("</text>\n");
		svg.append("<g transform=\"translate(").append(Xml.number(MARGIN)).append(' ').append(Xml.number(HEADER))
				.append(")\">\n");
		for (Shape shape : diagram.shapes()) {
			switch (shape) {
			case Box box -> box(svg, box, diagram.kind().id());
			case Edge edge -> edge(svg, edge, diagram.kind().id());
			case Label label -> label(svg, label);
			}
		}
		svg.append("</g>\n");
		legend(svg, legend, legendTop, perRow, width);
		double y = legendTop + legendRows * LEGEND_ROW + TEXT_SIZE + 2;
		for (String note : notes) {
			svg.append("<text x=\"").append(Xml.number(MARGIN)).append("\" y=\"").append(Xml.number(y))
					.append("\" font-size=\"").append(Xml.number(TEXT_SIZE)).append("\" fill=\"#444444\">")
					.append(Xml.escape(note)).append("</text>\n");
			y += TEXT_SIZE + 5;
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	/** A box; its {@code id} attribute is the box's id after the diagram's kind, unique in a page of several diagrams. */
	private static void box(StringBuilder svg, Box box, String kind) {
		Mark mark = box.mark();
		svg.append("<g id=\"").append(Xml.id(kind + ":" + box.id())).append("\" class=\"").append(box.role().name().toLowerCase(java.util.Locale.ROOT))
				.append(markClasses(mark)).append('"');
		if (box.source() != null) {
			svg.append(" data-source=\"").append(Xml.escape(box.source().describe())).append('"');
		}
		svg.append(">");
		title(svg, box.tooltip(), mark);
		rect(svg, box.x(), box.y(), box.width(), box.height(), box.role().fill(), box.role().stroke(), 1, null);
		switch (mark.failure()) {
		case FAILED -> {
			rect(svg, box.x(), box.y(), box.width(), box.height(), FAILED, "none", 0, "0.35");
			line(svg, box.x(), box.y(), box.x() + box.width(), box.y() + box.height(), ERROR, 2);
			line(svg, box.x() + box.width(), box.y(), box.x(), box.y() + box.height(), ERROR, 2);
		}
		case DOWN -> rect(svg, box.x(), box.y(), box.width(), box.height(), ERROR, "none", 0, "0.3");
		case DEGRADED -> rect(svg, box.x(), box.y(), box.width(), box.height(), WARNING, "none", 0, "0.3");
		case NONE -> {
		}
		}
		double lineHeight = TEXT_SIZE + 2;
		double textTop = box.y() + (box.height() - box.lines().size() * lineHeight) / 2 + TEXT_SIZE - 1;
		for (int i = 0; i < box.lines().size(); i++) {
			svg.append("<text x=\"").append(Xml.number(box.x() + box.width() / 2)).append("\" y=\"")
					.append(Xml.number(textTop + i * lineHeight)).append("\" font-size=\"").append(Xml.number(TEXT_SIZE))
					.append("\" text-anchor=\"middle\" fill=\"#111111\"").append(i == 0 ? " font-weight=\"bold\"" : "")
					.append('>').append(Xml.escape(box.lines().get(i))).append("</text>");
		}
		if (mark.spof()) {
			svg.append("<rect x=\"").append(Xml.number(box.x() - 3)).append("\" y=\"").append(Xml.number(box.y() - 3))
					.append("\" width=\"").append(Xml.number(box.width() + 6)).append("\" height=\"")
					.append(Xml.number(box.height() + 6)).append("\" fill=\"none\" stroke=\"").append(SPOF)
					.append("\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\"/>");
		}
		if (mark.severity() == Severity.ERROR || mark.severity() == Severity.WARNING) {
			String colour = mark.severity() == Severity.ERROR ? ERROR : WARNING;
			rect(svg, box.x(), box.y(), box.width(), box.height(), "none", colour, 3, null);
			double cx = box.x() + box.width() - 2;
			double cy = box.y() + 2;
			svg.append("<circle cx=\"").append(Xml.number(cx)).append("\" cy=\"").append(Xml.number(cy))
					.append("\" r=\"7\" fill=\"").append(colour).append("\"/><text x=\"").append(Xml.number(cx))
					.append("\" y=\"").append(Xml.number(cy + 4)).append("\" font-size=\"11\" font-weight=\"bold\" "
							+ "text-anchor=\"middle\" fill=\"#ffffff\">!</text>");
		}
		svg.append("</g>\n");
	}

	private static void edge(StringBuilder svg, Edge edge, String kind) {
		Mark mark = edge.mark();
		String colour = mark.failure() == Failure.NONE ? edge.colour() : ERROR;
		svg.append("<g id=\"").append(Xml.id(kind + ":" + edge.id())).append("\" class=\"edge").append(markClasses(mark))
				.append("\">");
		title(svg, edge.tooltip(), mark);
		svg.append("<path d=\"");
		List<Point> points = edge.points();
		for (int i = 0; i < points.size(); i++) {
			svg.append(i == 0 ? "M" : " L").append(Xml.number(points.get(i).x())).append(' ')
					.append(Xml.number(points.get(i).y()));
		}
		svg.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
				.append(Xml.number(edge.width() + (mark.severity() != null ? 1.5 : 0))).append('"');
		if (edge.dashed() || mark.failure() != Failure.NONE) {
			svg.append(" stroke-dasharray=\"6 4\"");
		}
		svg.append("/></g>\n");
	}

	private static void label(StringBuilder svg, Label label) {
		svg.append("<text x=\"").append(Xml.number(label.x())).append("\" y=\"").append(Xml.number(label.y()))
				.append("\" font-size=\"").append(Xml.number(label.size())).append('"');
		switch (label.anchor()) {
		case MIDDLE -> svg.append(" text-anchor=\"middle\"");
		case END -> svg.append(" text-anchor=\"end\"");
		case START -> {
		}
		}
		if (label.bold()) {
			svg.append(" font-weight=\"bold\"");
		}
		svg.append(" fill=\"").append(label.colour()).append("\">").append(Xml.escape(label.text())).append("</text>\n");
	}

	private static void title(StringBuilder svg, String tooltip, Mark mark) {
		List<String> lines = new ArrayList<>();
		if (!tooltip.isEmpty()) {
			lines.add(tooltip);
		}
		lines.addAll(mark.notes());
		if (!lines.isEmpty()) {
			svg.append("<title>").append(Xml.escape(String.join("\n", lines))).append("</title>");
		}
	}

	private static String markClasses(Mark mark) {
		StringBuilder classes = new StringBuilder();
		if (mark.severity() == Severity.ERROR) {
			classes.append(" mark-error");
		} else if (mark.severity() == Severity.WARNING) {
			classes.append(" mark-warning");
		}
		if (mark.spof()) {
			classes.append(" mark-spof");
		}
		if (mark.failure() != Failure.NONE) {
			classes.append(" mark-").append(mark.failure().name().toLowerCase(java.util.Locale.ROOT));
		}
		return classes.toString();
	}

	private static void rect(StringBuilder svg, double x, double y, double w, double h, String fill, String stroke,
			double strokeWidth, String opacity) {
		svg.append("<rect x=\"").append(Xml.number(x)).append("\" y=\"").append(Xml.number(y)).append("\" width=\"")
				.append(Xml.number(w)).append("\" height=\"").append(Xml.number(h)).append("\" fill=\"").append(fill)
				.append('"');
		if (opacity != null) {
			svg.append(" fill-opacity=\"").append(opacity).append('"');
		}
		svg.append(" stroke=\"").append(stroke).append('"');
		if (strokeWidth > 0) {
			svg.append(" stroke-width=\"").append(Xml.number(strokeWidth)).append('"');
		}
		svg.append("/>");
	}

	private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, double w) {
		svg.append("<line x1=\"").append(Xml.number(x1)).append("\" y1=\"").append(Xml.number(y1)).append("\" x2=\"")
				.append(Xml.number(x2)).append("\" y2=\"").append(Xml.number(y2)).append("\" stroke=\"").append(colour)
				.append("\" stroke-width=\"").append(Xml.number(w)).append("\"/>");
	}

	/** The diagram's legend, then an entry for each kind of overlay mark the drawing uses. */
	private static List<LegendEntry> legend(Diagram diagram) {
		Set<LegendEntry> entries = new LinkedHashSet<>(diagram.legend());
		List<Mark> marks = new ArrayList<>();
		diagram.boxes().forEach(b -> marks.add(b.mark()));
		diagram.edges().forEach(e -> marks.add(e.mark()));
		if (marks.stream().anyMatch(m -> m.severity() == Severity.ERROR)) {
			entries.add(new LegendEntry("has errors (rule IDs in its tooltip)", ERROR, LegendEntry.Kind.OUTLINE));
		}
		if (marks.stream().anyMatch(m -> m.severity() == Severity.WARNING)) {
			entries.add(new LegendEntry("has warnings (rule IDs in its tooltip)", WARNING, LegendEntry.Kind.OUTLINE));
		}
		if (marks.stream().anyMatch(Mark::spof)) {
			entries.add(new LegendEntry("single point of failure", SPOF, LegendEntry.Kind.DASHED_LINE));
		}
		if (marks.stream().anyMatch(m -> m.failure() == Failure.FAILED)) {
			entries.add(new LegendEntry("fails (what-if)", FAILED, LegendEntry.Kind.FILL));
		}
		if (marks.stream().anyMatch(m -> m.failure() == Failure.DOWN)) {
			entries.add(new LegendEntry("loses service (what-if)", ERROR, LegendEntry.Kind.FILL));
		}
		if (marks.stream().anyMatch(m -> m.failure() == Failure.DEGRADED)) {
			entries.add(new LegendEntry("loses capacity (what-if)", WARNING, LegendEntry.Kind.FILL));
		}
		return List.copyOf(entries);
	}

	/** A legend column: wide enough for the longest label (the swatch and a gap before it), at least 290. */
	private static double legendColumn(List<LegendEntry> legend) {
		double widest = legend.stream().mapToDouble(e -> TextFit.width(e.label(), TEXT_SIZE)).max().orElse(0);
		return Math.max(LEGEND_COLUMN, widest + 40);
	}

	private static void legend(StringBuilder svg, List<LegendEntry> legend, double top, int perRow, double width) {
		if (legend.isEmpty()) {
			return;
		}
		double column = (width - 2 * MARGIN) / perRow;
		svg.append("<g class=\"legend\">\n");
		for (int i = 0; i < legend.size(); i++) {
			LegendEntry entry = legend.get(i);
			double x = MARGIN + (i % perRow) * column;
			double y = top + (i / perRow) * LEGEND_ROW;
			switch (entry.kind()) {
			case FILL -> rect(svg, x, y, LEGEND_SWATCH, LEGEND_SWATCH, entry.colour(), "#666666", 1,
					entry.colour().equals(FAILED) || entry.colour().equals(ERROR) || entry.colour().equals(WARNING)
							? "0.35"
							: null);
			case OUTLINE -> rect(svg, x, y, LEGEND_SWATCH, LEGEND_SWATCH, "#ffffff", entry.colour(), 3, null);
			case LINE, DASHED_LINE -> {
				svg.append("<line x1=\"").append(Xml.number(x)).append("\" y1=\"").append(Xml.number(y + 7))
						.append("\" x2=\"").append(Xml.number(x + 22)).append("\" y2=\"").append(Xml.number(y + 7))
						.append("\" stroke=\"").append(entry.colour()).append("\" stroke-width=\"3\"");
				if (entry.kind() == LegendEntry.Kind.DASHED_LINE) {
					svg.append(" stroke-dasharray=\"6 3\"");
				}
				svg.append("/>");
			}
			}
			svg.append("<text x=\"").append(Xml.number(x + 28)).append("\" y=\"").append(Xml.number(y + 11))
					.append("\" font-size=\"").append(Xml.number(TEXT_SIZE)).append("\" fill=\"#222222\">")
					.append(Xml.escape(TextFit.fit(entry.label(), column - 32, TEXT_SIZE))).append("</text>\n");
		}
		svg.append("</g>\n");
	}

	/** Words of the text in lines that fit the width. */
	static List<String> wrap(String text, double width, double size) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (TextFit.width(candidate, size) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(TextFit.fit(line.toString(), width, size));
		}
		return lines;
	}
}
