package org.ddc.rules.step1;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.ReserveSource;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.SizingPolicy;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Places;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-24: the size estimate includes the infrastructure fault tolerance needs (L131). Load-balanced and VM-clustered
 * workloads pay for it with extra instances (in their demand, placed on different hosts); host clusters pay with
 * spare hosts, k per cluster (N+k). This rule asks for that k to be the architect's stated choice: it fires when
 * clusters take the guide's minimum of one spare host (L123) only because neither they nor the policy declare a
 * failover reserve. Whether the hosts cover the VMs with the reserve is the placement's finding (IPD-2-04 …).
 */
public final class FaultToleranceOverheadInSize extends Rule {

	public FaultToleranceOverheadInSize() {
		super("IPD-1-24");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null) {
			return;
		}
		List<String> assumed = new ArrayList<>();
		for (HostDesignSizing sizing : context.analysis().hosts().hostDesigns()) {
			for (ClusterSizing cluster : sizing.clusters()) {
				if (cluster.reserveSource() == ReserveSource.GUIDE_MINIMUM) {
					assumed.add(cluster.name());
				}
			}
		}
		if (assumed.isEmpty()) {
			return;
		}
		String message = "the host clusters " + MessageLists.join(assumed, 4) + " are sized with one spare host each "
				+ "(N+1, the guide's minimum for host clustering: " + Places.cite("000", 123) + ") because neither they nor the policy declare a "
				+ "failover reserve: state the reserve the service levels need, e.g. 'failover-reserve N + 1' in the "
				+ "policy, so that the size estimate records it";
		SizingPolicy policy = design.getPolicy();
		if (policy == null) {
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, message);
		} else {
			context.report(policy, null, message);
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % } }
				host-design H { quantity 3 cluster-size 3 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 { memory 32 GB group G fault-tolerance required approach host-clustering }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 } }
				host-design H { quantity 3 cluster-size 3 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 { memory 32 GB group G fault-tolerance required approach host-clustering }
				""";
	}
}
