package org.ddc.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.HitMap;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.report.ReportBuilder;
import org.ddc.rules.Severity;
import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.design.LiveDesign;

import com.github.weisj.jsvg.SVGDocument;

/**
 * The diagrams of a design as the view shows them, or why there are none: drawn by the headless core from the live
 * design of the editors (their text as it is, saved or not), with the design's findings and single points of failure
 * marked, then parsed for drawing. Nothing here computes the design: it is read from {@link DiagramInput}.
 *
 * @param design   the design's name ("Contoso"), or "" when it could not be read
 * @param diagrams the diagrams that could be drawn, in {@link DiagramKind} order
 * @param problems why a diagram (or every diagram) could not be drawn, one sentence each
 */
public record DesignDrawing(String design, List<DrawnDiagram> diagrams, List<String> problems) {

	/** What the view says when it has nothing to show. */
	public static final String NOTHING = "No diagram can be drawn";

	public DesignDrawing {
		diagrams = List.copyOf(diagrams);
		problems = List.copyOf(problems);
	}

	/** A drawing with no diagram, saying why. */
	public static DesignDrawing none(String why) {
		return new DesignDrawing("", List.of(), List.of(why));
	}

	/** The diagrams of the live design; each kind on its own, so that one that fails leaves the others. */
	public static DesignDrawing of(LiveDesign live, List<DiagramKind> kinds) {
		if (kinds.isEmpty()) {
			return none(NOTHING + ": this installation of ddc draws no kind of diagram yet.");
		}
		DesignDrawing drawing = live.readAnalysis((design, analysis) -> draw(design, analysis, kinds));
		return drawing != null ? drawing
				: none(NOTHING + ": the design's files cannot be read (see the Problems view).");
	}

	private static DesignDrawing draw(LoadedDesign design, DesignAnalysis analysis, List<DiagramKind> kinds) {
		List<Finding> findings = DdcUiPlugin.getDefault().injector().getInstance(DesignValidator.class)
				.validate(design);
		String name = ReportBuilder.designName(design, analysis);
		DiagramInput input = DiagramInput.of(name, design, findings, analysis, List.of());
		List<DrawnDiagram> drawn = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (DiagramKind kind : kinds) {
			try {
				for (Diagram diagram : Diagrams.build(input, List.of(kind))) {
					SVGDocument document = SvgRaster.parse(SvgWriter.write(diagram));
					if (document == null) {
						problems.add(kind.title() + " cannot be shown: its SVG could not be read.");
					} else {
						drawn.add(new DrawnDiagram(kind, kind.title(), document, HitMap.of(diagram)));
					}
				}
			} catch (RuntimeException e) {
				// a design the builders do not expect (text with syntax errors, say): the others still draw
				DdcUiPlugin.log("could not draw the " + kind.id() + " diagram of " + name, e);
				problems.add(kind.title() + " cannot be drawn from the design as it is now"
						+ (hasErrors(findings) ? " (it has errors: correct them and save)." : "."));
			}
		}
		return new DesignDrawing(name, drawn, problems);
	}

	private static boolean hasErrors(List<Finding> findings) {
		return findings.stream().anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
	}
}
