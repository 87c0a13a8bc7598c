package org.ddc.rules.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ddc.analysis.failure.Component;
import org.ddc.analysis.failure.Impact;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.model.ManagementServer;
import org.ddc.model.Workload;
import org.eclipse.emf.ecore.EObject;
import org.ddc.model.DdcPackage;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * A component of one kind whose failure alone takes down every instance of a workload whose instances are its fault
 * tolerance (load-balanced, VM-clustered or application-level, or a management server deployed as several): its
 * redundancy is defeated by what the instances share. Only hosts that go down count (the component fails, its rack,
 * or their power), from the placement the sizing found; shared storage, network and front ends have their own
 * redundancy rules. Other workloads (a VDI pool, one host-clustered VM) are protected by N+k against host failures
 * only; what a rack failure costs them is in {@code ddc analyze}.
 */
abstract class SinglePointRule extends Rule {
	private final Component.Kind kind;

	SinglePointRule(String id, Component.Kind kind) {
		super(id);
		this.kind = kind;
	}

	/**
	 * Workloads whose instances are their fault tolerance — load-balanced, VM-clustered, application-level — and
	 * management servers deployed as several: the instances the placement keeps on different hosts.
	 */
	private static boolean redundantByInstances(EObject source) {
		return source instanceof Workload workload ? HostSizing.antiAffine(workload)
				: source instanceof ManagementServer;
	}

	/** How to remove the single point, for the message. */
	abstract String advice();

	@Override
	public void check(RuleContext context) {
		for (Component component : context.analysis().failures().infrastructure()) {
			if (component.kind() != kind) {
				continue;
			}
			Impact impact = context.analysis().failures().impact(List.of(component), true);
			List<String> workloads = new ArrayList<>();
			Set<String> hosts = new TreeSet<>();
			for (Impact.Loss loss : impact.outages()) {
				if (loss.instances() >= 2 && redundantByInstances(loss.source())) {
					workloads.add(loss.name());
				}
			}
			if (workloads.isEmpty()) {
				continue;
			}
			hosts.addAll(impact.hostsLost().keySet());
			String why = impact.hostsLost().values().iterator().next();
			context.report(component.element(), DdcPackage.Literals.ELEMENT__NAME, component.describe()
					+ " is a single point of failure for " + MessageLists.join(workloads, 6) + ", whose instances are "
					+ "their fault tolerance: every instance runs "
					+ "on hosts it takes down (" + MessageLists.join(List.copyOf(hosts), 6) + "; e.g. "
					+ impact.hostsLost().keySet().iterator().next() + " " + why + ")"
					+ (impact.clustersOverwhelmed().isEmpty() ? ""
							: ", more than the N+k of " + MessageLists.join(impact.clustersOverwhelmed(), 3) + " absorbs")
					+ ": " + advice());
		}
	}
}
