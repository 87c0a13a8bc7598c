package org.ddc.rules.step2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.WorkloadGroup;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-02 (inferred): groups of different isolation domains never share a host design (L99, L138 "separate
 * servers", L152).
 */
public final class IsolationDomainsDoNotShareHosts extends Rule {

	public IsolationDomainsDoNotShareHosts() {
		super("IPD-2-02");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<WorkloadGroup> groups = context.index().groupsOf(host);
			Set<String> domains = new LinkedHashSet<>();
			groups.forEach(g -> domains.add(domainName(g)));
			if (domains.size() < 2) {
				continue;
			}
			for (WorkloadGroup group : groups) {
				if (!DesignIndex.live(group.getIsolation())) {
					continue;
				}
				List<String> others = new ArrayList<>();
				for (WorkloadGroup other : groups) {
					if (!domainName(other).equals(domainName(group))) {
						others.add(other.getName() + " (" + domainName(other) + ")");
					}
				}
				context.report(group, DdcPackage.Literals.WORKLOAD_GROUP__HOST_DESIGN, "group " + group.getName()
						+ " is isolated in " + domainName(group) + " but shares host design " + host.getName()
						+ " with " + String.join(", ", others) + ": bind it to a host design of its own");
			}
		}
	}

	private static String domainName(WorkloadGroup group) {
		return DesignIndex.live(group.getIsolation()) ? group.getIsolation().getName() : "no isolation";
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
				host-design HD-1 { quantity 2 memory 256 GB }
				host-design HD-PCI { quantity 2 memory 256 GB }
				workload-group GRP-PCI { isolation PCI host-design HD-PCI }
				workload-group GRP-APP { host-design HD-1 }
				""";
	}
}
