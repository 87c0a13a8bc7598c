package org.ddc.cli.analyze;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.failure.Component;
import org.ddc.analysis.failure.Impact;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Oversized;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.cli.TerminalText;
import org.ddc.cli.validate.Summary;
import org.ddc.model.Design;

/** The analysis as text for a person: one block per host design and cluster, one line per host. */
final class AnalysisText {
	/** VM names listed per host line at most; the JSON lists all. */
	private static final int VMS_PER_LINE = 6;

	private AnalysisText() {
	}

	static void write(List<DesignAnalysis> analyses, List<List<Component>> failing, Summary summary,
			PrintWriter out) {
		for (int i = 0; i < analyses.size(); i++) {
			design(analyses.get(i), out);
			singlePoints(analyses.get(i), out);
			if (!failing.get(i).isEmpty()) {
				whatIf(analyses.get(i).failures().impact(failing.get(i)), out);
			}
			out.println();
		}
		out.println("(Each cluster's VMs are packed onto its first hosts and its reserve hosts are left empty: a placement "
				+ "that proves the hosts suffice, also after the failures N+k allows, not a forecast of how a balanced "
				+ "cluster will run.)");
		out.println(summary.describe() + (summary.errors() + summary.warnings() > 0 ? " (ddc validate lists them)" : ""));
	}

	private static void design(DesignAnalysis analysis, PrintWriter out) {
		Design design = analysis.index().design();
		String name = design != null ? design.getName() : "(no design header)";
		String platform = analysis.index().platform() != null ? analysis.index().platform().getLiteral()
				: "no platform";
		out.println(line("design " + name + ": " + platform + "; " + SizingText.applied(design) + "; "
				+ Quantities.size(Sizing.hostReserveMb(design)) + " host reserve per host"));
		int hosts = 0;
		int needed = 0;
		boolean allKnown = true;
		int vms = 0;
		int clusters = 0;
		int failing = 0;
		for (HostDesignSizing sizing : analysis.hosts().hostDesigns()) {
			hostDesign(sizing, out);
			hosts += sizing.quantity();
			vms += sizing.vms().size();
			clusters += sizing.clusters().size();
			failing += (int) sizing.clusters().stream().filter(c -> !c.fits()).count();
			if (sizing.quantityNeeded().isPresent()) {
				needed += sizing.quantityNeeded().getAsInt();
			} else {
				allKnown = false;
			}
		}
		out.println(line("total: " + Quantities.count(hosts, "host") + " declared, "
				+ (allKnown ? Quantities.number(needed) : "at least " + Quantities.number(needed)) + " needed; "
				+ Quantities.count(vms, "VM") + "; " + Quantities.count(clusters, "cluster") + " or pool"
				+ (clusters == 1 ? "" : "s") + ", " + failing + " short"));
	}

	private static void singlePoints(DesignAnalysis analysis, PrintWriter out) {
		List<Impact> spofs = analysis.failures().singlePointsOfFailure();
		out.println(line("single points of failure (racks, power feeds, switches, storage, load balancers, "
				+ "firewalls): " + (spofs.isEmpty() ? "none" : spofs.size())));
		for (Impact impact : spofs) {
			out.println(line("  " + impact.failed().get(0).describe() + ": " + hosts(impact) + "; " + losses(impact)));
		}
	}

	private static void whatIf(Impact impact, PrintWriter out) {
		out.println(line("if " + impact.failed().stream().map(Component::describe).collect(Collectors.joining(" and "))
				+ " fail" + (impact.failed().size() == 1 ? "s" : "") + ":"));
		if (impact.harmless()) {
			out.println("  nothing loses service or capacity");
			return;
		}
		if (!impact.hostsLost().isEmpty()) {
			out.println(line("  " + hosts(impact)));
		}
		if (!impact.clustersOverwhelmed().isEmpty()) {
			out.println(line("  clusters losing more hosts than their reserve: "
					+ String.join(", ", impact.clustersOverwhelmed())));
		}
		out.println(line("  " + losses(impact)));
	}

	/** "4 hosts lost: HD-WEBAPP-01, HD-WEBAPP-03 go down with rack R01; HD-DATA-01 loses its storage (…)". */
	private static String hosts(Impact impact) {
		if (impact.hostsLost().isEmpty()) {
			return "no host lost";
		}
		java.util.Map<String, List<String>> byWhy = new java.util.LinkedHashMap<>();
		impact.hostsLost().forEach((host, why) -> byWhy.computeIfAbsent(why, w -> new java.util.ArrayList<>()).add(host));
		return Quantities.count(impact.hostsLost().size(), "host") + " lost: " + byWhy.entrySet().stream()
				.map(e -> listed(e.getValue()) + " " + e.getKey()).collect(Collectors.joining("; "));
	}

	private static String losses(Impact impact) {
		String outages = impact.outages().isEmpty() ? "no outage" : "outage of " + listed(impact.outages().stream()
				.map(Impact.Loss::name).toList());
		String degraded = impact.degraded().isEmpty() ? "" : "; degraded: " + listed(impact.degraded().stream()
				.map(l -> l.name() + " " + l.lost() + " of " + l.instances()).toList());
		return outages + degraded;
	}

	/** Up to eight names, then "+N more". */
	private static String listed(List<String> names) {
		return names.stream().limit(8).collect(Collectors.joining(", "))
				+ (names.size() > 8 ? ", +" + (names.size() - 8) + " more" : "");
	}

	private static void hostDesign(HostDesignSizing sizing, PrintWriter out) {
		String name = sizing.hostDesign().getName();
		if (!sizing.planned()) {
			out.println(line("host design " + name + ": not planned — " + sizing.notPlanned() + " ("
					+ Quantities.count(sizing.vms().size(), "VM") + ")"));
			return;
		}
		String verdict = SizingText.verdict(sizing);
		int cut = verdict.indexOf("; ");
		out.println(line("host design " + name + ": " + verdict.substring(0, cut) + ", " + clustering(sizing) + "; "
				+ Quantities.count(sizing.vms().size(), "VM") + verdict.substring(cut)));
		for (ClusterSizing cluster : sizing.clusters()) {
			cluster(cluster, out);
		}
		for (Oversized oversized : sizing.oversized()) {
			out.println(line("  VM " + oversized.vm().id() + " fits no host of " + name + " ("
					+ SizingText.limit(oversized.limit()) + ")"));
		}
	}

	private static String clustering(HostDesignSizing sizing) {
		return switch (sizing.clustering()) {
		case NONE -> "unclustered";
		case CLUSTER_SIZE -> Quantities.count(sizing.clusters().size(), "cluster") + " of up to "
				+ sizing.hostDesign().getClusterSize() + " hosts";
		case DECLARED -> Quantities.count(sizing.clusters().size(), "declared cluster");
		};
	}

	private static void cluster(ClusterSizing cluster, PrintWriter out) {
		var plan = cluster.plan();
		String reserve = SizingText.reserve(cluster);
		String bound = plan.bound().limit() == null ? "no VMs"
				: "lower bound " + Quantities.count(plan.bound().hosts(), "host") + " ("
						+ SizingText.limit(plan.bound().limit()) + ")";
		String needed = plan.hostsNeeded().isPresent() ? "needs " + plan.hostsNeeded().getAsInt() : "no count fits";
		out.println(line("  cluster " + cluster.name() + ": " + Quantities.count(cluster.hosts().size(), "host") + ", "
				+ reserve + ", " + Quantities.count(cluster.vms().size(), "VM") + "; " + bound + ", " + needed + "; "
				+ SizingText.survival(plan.survival())));
		out.println(line("    headroom after " + (cluster.reserve() > 0 ? "N+" + cluster.reserve() : "placement")
				+ ": " + cluster.headroom().stream().map(SizingText::headroom).collect(Collectors.joining("; "))));
		List<HostLoad> loads = plan.hostLoads();
		if (!loads.isEmpty()) {
			int min = loads.stream().mapToInt(HostLoad::vms).min().orElse(0);
			int max = loads.stream().mapToInt(HostLoad::vms).max().orElse(0);
			double avg = loads.stream().mapToInt(HostLoad::vms).average().orElse(0);
			out.println(line("    VMs per host: min " + min + ", avg " + Quantities.number(avg) + ", max " + max));
		}
		java.util.Map<String, List<VmPlacement>> byHost = cluster.byHost();
		for (HostLoad load : loads) {
			List<String> names = byHost.getOrDefault(load.host().id(), List.of()).stream().map(p -> p.vm().id())
					.toList();
			String listed = names.stream().limit(VMS_PER_LINE).collect(Collectors.joining(", "))
					+ (names.size() > VMS_PER_LINE ? ", +" + (names.size() - VMS_PER_LINE) + " more" : "");
			String cpu = Double.isNaN(load.host().cpuPercent()) ? ""
					: ", CPU " + Quantities.percent(load.cpuPercent()) + " of " + Quantities.percent(load.host().cpuPercent());
			out.println(line("    " + load.host().id() + ": " + Quantities.count(load.vms(), "VM") + ", memory "
					+ Quantities.size(load.memoryMb()) + " of " + Quantities.size(load.host().memoryMb()) + cpu
					+ (names.isEmpty() ? "" : " — " + listed)));
		}
		for (VmPlacement unplaced : plan.unplaced()) {
			out.println(line("    unplaced: VM " + unplaced.vm().id() + " ("
					+ SizingText.limit(unplaced.reason()) + ")"));
		}
	}

	private static String line(String text) {
		return TerminalText.escape(text);
	}
}
