package org.ddc.rules.step5;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ddc.model.DdcPackage;
import org.ddc.model.LoadBalancer;
import org.ddc.model.LoadBalancerCapability;
import org.ddc.model.LoadBalancerKind;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** A hardware load balancer capability of L481–485 (software NLB is not judged). */
abstract class LoadBalancerCapabilityRule extends Rule {
	private final LoadBalancerCapability capability;
	private final String what;
	private final String why;

	LoadBalancerCapabilityRule(String id, LoadBalancerCapability capability, String what, String why) {
		super(id);
		this.capability = capability;
		this.what = what;
		this.why = why;
	}

	/** True for a hardware load balancer (or one whose kind is not declared). */
	static boolean hardware(LoadBalancer lb) {
		return !(lb.isSetKind() && lb.getKind() == LoadBalancerKind.SOFTWARE_NLB);
	}

	@Override
	public void check(RuleContext context) {
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			if (hardware(lb) && !lb.getCapabilities().contains(capability)) {
				boolean none = lb.getCapabilities().isEmpty();
				context.report(lb,
						none ? DdcPackage.Literals.ELEMENT__NAME : DdcPackage.Literals.LOAD_BALANCER__CAPABILITIES,
						"load balancer " + lb.getName() + (none ? " lists no capabilities, so not " : " lacks ") + what
								+ ": choose one that supports it " + why + " ('" + capability.getLiteral() + "')",
						Fix.add("capabilities", capability.getLiteral(), "Add " + what));
			}
		}
	}

	private String capabilities(boolean withOwn) {
		return Arrays.stream(LoadBalancerCapability.values()).filter(c -> withOwn || c != capability)
				.map(LoadBalancerCapability::getLiteral).collect(Collectors.joining(", "));
	}

	@Override
	public String firingExample() {
		return "load-balancer LB-1 { kind hardware type \"L4-L7 appliance\" quantity 2 capabilities "
				+ capabilities(false) + " }\n";
	}

	@Override
	public String passingExample() {
		return "load-balancer LB-1 { kind hardware type \"L4-L7 appliance\" quantity 2 capabilities "
				+ capabilities(true) + " }\n";
	}
}
