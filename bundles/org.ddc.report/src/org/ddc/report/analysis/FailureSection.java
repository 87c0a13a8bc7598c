package org.ddc.report.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.analysis.failure.Impact;
import org.ddc.report.Cells;
import org.ddc.report.model.Block;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Failure domains and single points of failure: what each rack, power feed, switch, storage system, storage
 * processor and load-balancer or firewall unit takes down when it fails alone; those whose failure takes a workload
 * out are the single points of failure.
 */
final class FailureSection {
	private FailureSection() {
	}

	static Section section(DesignAnalysis analysis) {
		List<Impact> impacts = analysis.failures().infrastructureImpacts();
		List<Row> rows = new ArrayList<>();
		List<String> spofs = new ArrayList<>();
		for (Impact impact : impacts) {
			Component component = impact.failed().get(0);
			if (impact.singlePointOfFailure()) {
				spofs.add(component.describe());
			}
			rows.add(new Row(List.of(Cell.text(component.name()), Cell.text(component.kind().label()),
					Cells.count(impact.hostsLost().size()),
					Cells.items(impact.clustersOverwhelmed(), "none"),
					Cells.items(impact.outages().stream().map(l -> l.name() + " (" + l.why() + ")").toList(), "none"),
					Cells.items(impact.degraded().stream().map(l -> l.name() + ": " + l.lost() + " of "
							+ l.instances() + " instances").toList(), "none"),
					Cells.yesNo(impact.singlePointOfFailure())), Row.Kind.DERIVED, null));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(spofs.isEmpty()
				? "No single component other than a host takes a workload out when it fails alone."
				: "Single points of failure — components whose failure alone takes a workload out: "
						+ String.join(", ", spofs) + "."));
		blocks.add(new Table("failure-domains", "Failure domains",
				"Dynamic Datacenter guide, fault tolerance at every level (L63–L67), Step 5 business validation (L503)",
				List.of("Component", "Kind", "Hosts lost", "Clusters beyond N+k", "Workloads out", "Workloads degraded",
						"Single point of failure"),
				null, rows, List.of("A device goes down when it fails, its rack fails or it loses power; a host loses "
						+ "its network when every switch its ports connect to is down, its storage when its SAN or NAS"
						+ " or every storage path is down; a cluster absorbs up to k lost hosts; a workload behind load "
						+ "balancers or firewalls is out when all of them are. Hosts are left out: N+k survival covers "
						+ "them.")));
		return new Section("failures", "Failure domains and single points of failure", blocks);
	}
}
