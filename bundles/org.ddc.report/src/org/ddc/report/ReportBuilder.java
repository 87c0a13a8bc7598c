package org.ddc.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.ManagementScope;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;
import org.ddc.model.Design;
import org.ddc.model.Workload;
import org.ddc.report.analysis.AnalysisSections;
import org.ddc.report.jobaids.JobAids;
import org.ddc.report.model.Block;
import org.ddc.report.model.Figure;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Report;
import org.ddc.report.model.Section;

/**
 * Builds the report of one design as a format-independent document: an overview, the guide's job aids Tables A-1 …
 * A-7, sizing per cluster, placement, N+k survival, failure domains and single points of failure, the findings by
 * guide step, and the business-validation checklist. Reads everything from the design's analysis — the same instance
 * the rules used ({@code RuleRunner.analysis}) — and computes nothing of its own. Deterministic: the same design,
 * findings and analysis give an equal report (design order throughout, no clock, no hash order).
 */
public final class ReportBuilder {
	private ReportBuilder() {
	}

	/**
	 * The report of a design.
	 *
	 * @param design   the loaded design (its files and display paths)
	 * @param findings the design's findings, as {@code ddc validate} reports them
	 * @param analysis the design's analysis, as the rules computed it
	 */
	public static Report build(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis) {
		String name = designName(design, analysis);
		List<String> files = List.copyOf(design.displayPaths().values());
		List<Section> sections = new ArrayList<>();
		sections.add(overview(name, files, findings, analysis));
		sections.addAll(JobAids.sections(analysis));
		sections.addAll(AnalysisSections.sections(analysis));
		sections.addAll(diagrams(name, design, findings, analysis));
		sections.add(AnalysisSections.findings(findings));
		sections.add(AnalysisSections.checklist());
		return new Report(name + " — Dynamic Datacenter design", name, files, sections);
	}

	/**
	 * The diagrams of the design (rack elevations, network topology, storage paths) with its findings and single
	 * points of failure marked; none when no diagram can be drawn.
	 */
	private static List<Section> diagrams(String name, LoadedDesign design, List<Finding> findings,
			DesignAnalysis analysis) {
		List<Diagram> diagrams = Diagrams.build(DiagramInput.of(name, design, findings, analysis, List.of()),
				Diagrams.kinds());
		if (diagrams.isEmpty()) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph("Drawn from the design and its analysis. Elements with errors or warnings are outlined "
				+ "(their rule IDs in the tooltip), single points of failure dashed; hover over an element for its facts "
				+ "and where it is written."));
		for (Diagram diagram : diagrams) {
			blocks.add(new Figure(diagram.kind().id(), diagram.title(), SvgWriter.write(diagram)));
		}
		return List.of(new Section("diagrams", "Diagrams", blocks));
	}

	/** The design header's name, else the folder of the first file, else "design". */
	public static String designName(LoadedDesign design, DesignAnalysis analysis) {
		Design header = analysis.index().design();
		if (header != null && header.getName() != null && !header.getName().isBlank()) {
			return header.getName();
		}
		if (!design.files().isEmpty()) {
			Path parent = design.files().get(0).toAbsolutePath().getParent();
			if (parent != null && parent.getFileName() != null) {
				return parent.getFileName().toString();
			}
		}
		return "design";
	}

	private static Section overview(String name, List<String> files, List<Finding> findings,
			DesignAnalysis analysis) {
		Design design = analysis.index().design();
		List<Workload> workloads = analysis.index().all(Workload.class);
		long inScope = workloads.stream().filter(Demand::inScope).count();
		ManagementScope scope = ManagementScope.of(analysis.index());
		int vms = scope.served(analysis.hosts()).stream()
				.filter(s -> s.service() == ManagementScope.Service.VMM_VIRTUAL_MACHINES).findFirst()
				.map(ManagementScope.Served::total).orElse(0);
		int clusters = analysis.hosts().hostDesigns().stream().mapToInt(h -> h.clusters().size()).sum();
		List<Block> blocks = new ArrayList<>();
		String platform = analysis.index().platform() != null ? analysis.index().platform().getLiteral()
				: "no platform stated";
		blocks.add(new Paragraph(name + " (" + String.join(", ", files) + "): " + platform + "; "
				+ SizingText.applied(design) + "; " + Quantities.size(Sizing.hostReserveMb(design))
				+ " host reserve per host."));
		blocks.add(new Paragraph(Quantities.count(workloads.size(), "workload") + ", " + inScope + " in scope; "
				+ Quantities.count(vms, "VM") + " on " + Quantities.count(scope.hosts(), "host") + " in "
				+ Quantities.count(clusters, "cluster") + " or pool" + (clusters == 1 ? "" : "s") + "; "
				+ Quantities.count(findings.stream().filter(f -> !f.suppressed()).count(), "finding") + "."));
		blocks.add(new Paragraph("Tables A-1 to A-7 are the job aids of the planning guide (Infrastructure Planning and "
				+ "Design: Dynamic Datacenter, Appendix A), with the guide's row labels; rows ddc adds are marked as "
				+ "derived. Every figure is computed by ddc's analysis of the design, the same one its rules check."));
		return new Section("overview", "Design", blocks);
	}
}
