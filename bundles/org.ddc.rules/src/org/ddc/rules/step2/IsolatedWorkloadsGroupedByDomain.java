package org.ddc.rules.step2;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.IsolationDomain;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-01: workloads that must be isolated from each other go into different groups (L152). Every workload of a
 * group has the group's isolation domain, or none when the group has none.
 */
public final class IsolatedWorkloadsGroupedByDomain extends Rule {

	public IsolatedWorkloadsGroupedByDomain() {
		super("IPD-2-01");
	}

	@Override
	public void check(RuleContext context) {
		for (WorkloadGroup group : context.index().all(WorkloadGroup.class)) {
			List<Workload> workloads = context.index().workloadsOf(group);
			IsolationDomain domain = DesignIndex.live(group.getIsolation()) ? group.getIsolation() : null;
			if (domain != null) {
				for (Workload workload : workloads) {
					IsolationDomain own = domainOf(workload);
					if (own == null) {
						context.report(workload, DdcPackage.Literals.WORKLOAD__GROUP, "workload " + workload.getName()
								+ " has no isolation domain but its group " + group.getName() + " is isolated in "
								+ domain.getName() + ": set 'isolation " + domain.getName()
								+ "' if it belongs there, or move it to a group without isolation",
								Fix.set("isolation", domain.getName(), "Put the workload in " + domain.getName()));
					} else if (own != domain) {
						context.report(workload, DdcPackage.Literals.WORKLOAD__ISOLATION, "workload "
								+ workload.getName() + " is in isolation domain " + own.getName() + " but its group "
								+ group.getName() + " is isolated in " + domain.getName()
								+ ": move it to a group of " + own.getName());
					}
				}
				continue;
			}
			Set<String> kinds = new LinkedHashSet<>();
			for (Workload workload : workloads) {
				IsolationDomain own = domainOf(workload);
				kinds.add(own == null ? "no isolation" : own.getName());
			}
			if (kinds.size() == 1 && !kinds.contains("no isolation")) {
				String only = kinds.iterator().next();
				context.report(group, DdcPackage.Literals.ELEMENT__NAME, "group " + group.getName()
						+ " holds only workloads of isolation domain " + only + " but declares no isolation: set 'isolation "
						+ only + "' so that no other workload joins it", Fix.set("isolation", only, "Isolate the group"));
			} else if (kinds.size() > 1) {
				for (Workload workload : workloads) {
					IsolationDomain own = domainOf(workload);
					if (own != null) {
						Set<String> others = new LinkedHashSet<>(kinds);
						others.remove(own.getName());
						context.report(workload, DdcPackage.Literals.WORKLOAD__ISOLATION, "workload "
								+ workload.getName() + " must be isolated in " + own.getName() + " but shares group "
								+ group.getName() + " with workloads of " + String.join(", ", others)
								+ ": move it to a group isolated in " + own.getName());
					}
				}
			}
		}
	}

	private static IsolationDomain domainOf(Workload workload) {
		return DesignIndex.live(workload.getIsolation()) ? workload.getIsolation() : null;
	}

	@Override
	public String firingExample() {
		return """
				isolation-domain PCI { kind physical }
				workload PAY-1 { memory 8 GB isolation PCI group GRP-APP }
				workload WEB-1 { memory 4 GB isolation none group GRP-APP }
				workload-group GRP-APP { }
				""";
	}

	@Override
	public String passingExample() {
		return """
				isolation-domain PCI { kind physical }
				workload PAY-1 { memory 8 GB isolation PCI group GRP-PCI }
				workload WEB-1 { memory 4 GB isolation none group GRP-APP }
				workload-group GRP-PCI { isolation PCI }
				workload-group GRP-APP { }
				""";
	}
}
