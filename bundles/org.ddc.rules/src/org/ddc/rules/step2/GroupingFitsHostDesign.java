package org.ddc.rules.step2;

import java.util.EnumSet;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.placement.Limit;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.model.DdcPackage;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.sizing.ShortfallFindings;

/**
 * IPD-2-04: the workloads of the groups bound to a host design can run together on its hosts (L154). Every VM
 * instance is placed on a host of its host design's clusters, with N+k survival per cluster (see
 * org.ddc.analysis.sizing.HostSizing); this rule reports the host designs (or declared clusters) where that fails
 * because instances that must be on different hosts (anti-affinity) or isolation domains that must not share a host
 * find no host, or there are no hosts. Memory is IPD-2-10's, CPU IPD-2-09's, the platform's per-host counts the limit
 * rules'. A host design without memory cannot be planned: said as a check not run.
 */
public final class GroupingFitsHostDesign extends Rule {

	public GroupingFitsHostDesign() {
		super("IPD-2-04");
	}

	@Override
	public void check(RuleContext context) {
		ShortfallFindings.report(context, EnumSet.of(Limit.ANTI_AFFINITY, Limit.ISOLATION, Limit.NO_HOST));
		for (HostDesignSizing sizing : context.analysis().hosts().hostDesigns()) {
			if (!sizing.planned() && !sizing.vms().isEmpty()) {
				context.notChecked(sizing.hostDesign(), DdcPackage.Literals.ELEMENT__NAME, sizing.notPlanned()
						+ ", so its " + Quantities.count(sizing.vms().size(), "VM") + " cannot be placed on its hosts: "
						+ "add 'memory <size>'");
			} else if (!sizing.planned() && !context.index().workloadsOn(sizing.hostDesign()).isEmpty()) {
				context.notChecked(sizing.hostDesign(), DdcPackage.Literals.ELEMENT__NAME, "the VMs of host design "
						+ sizing.hostDesign().getName() + " are not placed: " + sizing.notPlanned()
						+ " — check the workloads' 'instances'");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 3 cluster-size 3 memory 260 GB }
				workload WEB { memory 8 GB instances 3 group GRP-1 fault-tolerance required approach load-balancing }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 4 cluster-size 4 memory 260 GB }
				workload WEB { memory 8 GB instances 3 group GRP-1 fault-tolerance required approach load-balancing }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
