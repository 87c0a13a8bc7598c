package org.ddc.rules.step5;

import org.ddc.model.DdcPackage;
import org.ddc.model.LoadBalancer;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-24: Table A-6 records the load balancer type, the quantity and the workloads served (L490). The quantity
 * and the workloads are judged by IPD-5-23 and IPD-5-22; this rule asks for the type.
 */
public final class LoadBalancerTypeIsRecorded extends Rule {

	public LoadBalancerTypeIsRecorded() {
		super("IPD-5-24");
	}

	@Override
	public void check(RuleContext context) {
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			if (LoadBalancerCapabilityRule.hardware(lb) && (lb.getType() == null || lb.getType().isBlank())) {
				context.report(lb, DdcPackage.Literals.ELEMENT__NAME, "load balancer " + lb.getName()
						+ " has no type for Table A-6: record the product or model class ('type \"…\"')");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				load-balancer LB-1 { kind hardware quantity 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				load-balancer LB-1 { kind hardware type "L4-L7 application delivery controller" quantity 2 }
				""";
	}
}
