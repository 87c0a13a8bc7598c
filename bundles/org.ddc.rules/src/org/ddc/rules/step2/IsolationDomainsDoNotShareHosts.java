package org.ddc.rules.step2;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.Cluster;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.IsolationDomain;
import org.ddc.model.IsolationKind;
import org.ddc.model.WorkloadGroup;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-02 (inferred): physically isolated groupings never share a host (L99, L138 "separate servers", L152
 * "isolated physically or administratively"). A group of an isolation domain of kind physical (the default kind)
 * must not share hosts with a group of another domain or of none. Groups share hosts when they run on the same host
 * design and not on two different declared clusters of it. Administrative isolation is kept by separate groups
 * (IPD-2-01) and separate administration, so administratively isolated groups may share hosts with others.
 */
public final class IsolationDomainsDoNotShareHosts extends Rule {

	public IsolationDomainsDoNotShareHosts() {
		super("IPD-2-02");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<WorkloadGroup> groups = context.index().groupsOf(host);
			if (groups.size() < 2) {
				continue;
			}
			for (WorkloadGroup group : groups) {
				IsolationDomain domain = domain(group);
				if (domain == null || domain.getKind() != IsolationKind.PHYSICAL) {
					continue;
				}
				List<String> others = new ArrayList<>();
				for (WorkloadGroup other : groups) {
					if (other != group && domain(other) != domain && shareHosts(group, other)) {
						others.add(other.getName() + " (" + describe(domain(other)) + ")");
					}
				}
				if (others.isEmpty()) {
					continue;
				}
				Cluster cluster = cluster(group);
				context.report(group, cluster != null ? DdcPackage.Literals.WORKLOAD_GROUP__CLUSTER
						: DdcPackage.Literals.WORKLOAD_GROUP__HOST_DESIGN, "group " + group.getName()
								+ " is physically isolated in " + domain.getName() + " but shares the hosts of "
								+ (cluster != null ? "cluster " + cluster.getName() + " of " : "") + "host design "
								+ host.getName() + " with " + MessageLists.join(others) + ": physical isolation needs "
								+ "hosts of its own — bind it to a host design (or a cluster of " + host.getName()
								+ ") that no other group uses, or declare " + domain.getName()
								+ " 'kind administrative' if separate administration is enough");
			}
		}
	}

	private static IsolationDomain domain(WorkloadGroup group) {
		return DesignIndex.live(group.getIsolation()) ? group.getIsolation() : null;
	}

	private static Cluster cluster(WorkloadGroup group) {
		return DesignIndex.live(group.getCluster()) ? group.getCluster() : null;
	}

	/** Same host design (the caller's): they share hosts unless both name clusters, and different ones. */
	private static boolean shareHosts(WorkloadGroup a, WorkloadGroup b) {
		Cluster ca = cluster(a);
		Cluster cb = cluster(b);
		return ca == null || cb == null || ca == cb;
	}

	private static String describe(IsolationDomain domain) {
		return domain == null ? "no isolation"
				: (domain.getKind() == IsolationKind.PHYSICAL ? "physical" : "administrative") + " isolation "
						+ domain.getName();
	}

	@Override
	public String firingExample() {
		return """
				isolation-domain PCI { kind physical }
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group GRP-PCI { isolation PCI host-design HD-1 }
				workload-group GRP-APP { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				isolation-domain PCI { kind physical }
				isolation-domain HR { kind administrative }
				host-design HD-1 { quantity 2 memory 256 GB }
				host-design HD-PCI { quantity 2 memory 256 GB }
				workload-group GRP-PCI { isolation PCI host-design HD-PCI }
				workload-group GRP-HR { isolation HR host-design HD-1 }
				workload-group GRP-APP { host-design HD-1 }
				""";
	}
}
