package org.ddc.rules.step5;

import org.ddc.model.DdcPackage;
import org.ddc.model.LoadBalancer;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-5-23: a hardware load balancer is not a single point of failure: at least two units (L490, A-6). */
public final class LoadBalancerIsRedundant extends Rule {

	public LoadBalancerIsRedundant() {
		super("IPD-5-23");
	}

	@Override
	public void check(RuleContext context) {
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			if (LoadBalancerCapabilityRule.hardware(lb) && lb.getQuantity() < 2) {
				boolean set = lb.eIsSet(DdcPackage.Literals.LOAD_BALANCER__QUANTITY);
				context.report(lb, set ? DdcPackage.Literals.LOAD_BALANCER__QUANTITY : DdcPackage.Literals.ELEMENT__NAME,
						"load balancer " + lb.getName() + " is a single unit" + (set ? "" : " (no quantity declared)")
								+ ", a single point of failure for " + lb.getServes().size()
								+ " served workloads: deploy a fault-tolerant pair ('quantity 2')",
						Fix.set("quantity", "2", "Deploy a pair"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				load-balancer LB-1 { kind hardware quantity 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				load-balancer LB-1 { kind hardware quantity 2 }
				""";
	}
}
