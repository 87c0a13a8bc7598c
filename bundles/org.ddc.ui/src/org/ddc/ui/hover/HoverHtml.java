package org.ddc.ui.hover;

import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.analysis.sizing.VmInstance;
import org.ddc.dsl.validation.Finding;
import org.ddc.model.Cluster;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementServer;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.eclipse.emf.ecore.EObject;
import org.ddc.rules.Catalog;
import org.ddc.rules.RuleInfo;
import org.ddc.ui.navigation.Declaration;

/**
 * The text of ddc hovers, in the simple HTML the platform's default information control renders: a finding with
 * what the rule catalog says about its rule, and a declaration with its place and source — for host designs,
 * clusters and workload groups with their demand against capacity from the design's analysis.
 */
public final class HoverHtml {
	private HoverHtml() {
	}

	/** Findings one after another, each with message, rule, severity, citation and quote. */
	public static String findings(List<Finding> findings) {
		StringBuilder html = new StringBuilder();
		for (Finding finding : findings) {
			if (!html.isEmpty()) {
				html.append("<hr/>");
			}
			appendFinding(html, finding);
		}
		return html.toString();
	}

	private static void appendFinding(StringBuilder html, Finding finding) {
		html.append("<b>").append(escape(finding.severity().label())).append(" [").append(escape(finding.code()))
				.append("]</b> ").append(escape(finding.message()));
		RuleInfo rule = Catalog.load().get(finding.code());
		if (rule == null) {
			return;
		}
		html.append("<p><b>Rule ").append(escape(rule.id())).append(":</b> ").append(escape(rule.title()))
				.append("<br/>Default severity: ").append(escape(rule.severity().label()));
		if (rule.citation() != null && rule.citation().line() > 0) {
			html.append("<br/>Source: ").append(escape(rule.citation().describe()));
			if (rule.citation().quote() != null && !rule.citation().quote().isBlank()) {
				html.append("<br/><i>“").append(escape(rule.citation().quote())).append("”</i>");
			}
		}
		html.append("</p>");
	}

	/** Kind and name, file and line, and the first lines of the declaration's source. */
	public static String declaration(Declaration declaration, String source) {
		return "<b>" + escape(declaration.title()) + "</b><br/>declared at " + escape(declaration.location())
				+ "<pre>" + escape(source) + "</pre>";
	}

	/** Whether {@link #sizing} has something to say about the element: a host design, cluster or workload group. */
	public static boolean hasSizing(EObject element) {
		return element instanceof HostDesign || element instanceof Cluster || element instanceof WorkloadGroup;
	}

	/**
	 * Demand against capacity for a host design, a declared cluster or a workload group: hosts declared and needed,
	 * per cluster the reserve, the survival verdict and the headroom per resource after N+k, with peak buffer and
	 * growth applied; empty when the element is none of these or not in the analysis.
	 */
	public static String sizing(EObject element, DesignAnalysis analysis) {
		StringBuilder html = new StringBuilder();
		String applied = SizingText.applied(analysis.index().design());
		if (element instanceof HostDesign host && analysis.hosts().of(host) != null) {
			HostDesignSizing sizing = analysis.hosts().of(host);
			html.append("<p><b>Sizing</b> (").append(escape(applied)).append("): ")
					.append(escape(sizing.planned() ? SizingText.verdict(sizing) : sizing.notPlanned())).append("</p>");
			sizing.clusters().forEach(cluster -> appendCluster(html, cluster));
		} else if (element instanceof Cluster declared && declared.eContainer() instanceof HostDesign host
				&& analysis.hosts().of(host) != null) {
			analysis.hosts().of(host).clusters().stream().filter(c -> c.declared() == declared).findFirst()
					.ifPresent(cluster -> {
						html.append("<p><b>Sizing</b> (").append(escape(applied)).append(")</p>");
						appendCluster(html, cluster);
					});
		} else if (element instanceof WorkloadGroup group) {
			HostDesign host = HostSizing.hostDesignOf(group);
			HostDesignSizing sizing = host != null ? analysis.hosts().of(host) : null;
			if (sizing == null) {
				return "";
			}
			double memory = 0;
			double cpu = 0;
			int vms = 0;
			java.util.Set<ClusterSizing> clusters = new java.util.LinkedHashSet<>();
			for (VmInstance vm : sizing.vms()) {
				WorkloadGroup of = vm.source() instanceof Workload workload ? workload.getGroup()
						: vm.source() instanceof ManagementServer server ? server.getGroup() : null;
				if (of == group) {
					vms++;
					memory += vm.vm().memoryMb();
					cpu += vm.vm().cpuPercent();
					sizing.clusterOf(vm).ifPresent(clusters::add);
				}
			}
			html.append("<p><b>Demand</b> (").append(escape(applied)).append("): ")
					.append(escape(Quantities.count(vms, "VM") + ", memory " + Quantities.size(memory) + ", CPU "
							+ Quantities.percent(cpu) + " of the reference CPU"))
					.append("<br/>on host design ").append(escape(host.getName())).append(": ")
					.append(escape(SizingText.verdict(sizing))).append("</p>");
			clusters.forEach(cluster -> appendCluster(html, cluster));
		}
		return html.toString();
	}

	private static void appendCluster(StringBuilder html, ClusterSizing cluster) {
		html.append("<p>cluster <b>").append(escape(cluster.name())).append("</b>: ")
				.append(escape(Quantities.count(cluster.hosts().size(), "host") + ", " + SizingText.reserve(cluster)
						+ ", " + Quantities.count(cluster.vms().size(), "VM") + "; "
						+ SizingText.survival(cluster.plan().survival())));
		html.append("<br/>headroom after ").append(cluster.reserve() > 0 ? "N+" + cluster.reserve() : "placement")
				.append(":");
		for (ClusterSizing.Headroom headroom : cluster.headroom()) {
			html.append("<br/>&nbsp;&nbsp;").append(escape(SizingText.headroom(headroom)));
		}
		html.append("</p>");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
