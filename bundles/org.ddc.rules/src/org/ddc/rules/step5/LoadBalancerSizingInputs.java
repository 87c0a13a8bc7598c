package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.LoadBalancer;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-22: the sizing inputs of a hardware load balancer are known (L486–489): the workloads it serves, the
 * aggregate bandwidth of each served workload, and the scheduling algorithm.
 */
public final class LoadBalancerSizingInputs extends Rule {

	public LoadBalancerSizingInputs() {
		super("IPD-5-22");
	}

	@Override
	public void check(RuleContext context) {
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			if (!LoadBalancerCapabilityRule.hardware(lb)) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			List<Workload> served = lb.getServes().stream().filter(DesignIndex::live).toList();
			if (served.isEmpty()) {
				missing.add("the workloads it serves ('serves …')");
			}
			List<String> noThroughput = served.stream().filter(w -> w.getThroughput() == null).map(Workload::getName)
					.toList();
			if (!noThroughput.isEmpty()) {
				missing.add("the bandwidth of served workload" + (noThroughput.size() == 1 ? " " : "s ")
						+ MessageLists.sample(noThroughput, 5) + " ('throughput …')");
			}
			if (lb.getAlgorithm() == null || lb.getAlgorithm().isBlank()) {
				missing.add("its scheduling algorithm ('algorithm …')");
			}
			if (!missing.isEmpty()) {
				context.report(lb, served.isEmpty() || noThroughput.isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.LOAD_BALANCER__SERVES, "load balancer " + lb.getName()
						+ " cannot be sized: declare " + MessageLists.joinAll(missing));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload WEB { instances 2 memory 4 GB }
				load-balancer LB-1 { kind hardware quantity 2 serves WEB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload WEB { instances 2 memory 4 GB throughput 200 Mbps }
				load-balancer LB-1 { kind hardware quantity 2 serves WEB algorithm "least connections" }
				""";
	}
}
