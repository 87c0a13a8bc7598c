package org.ddc.rules.step5;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.model.FirewallCapability;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** A firewall function of L494–496. */
abstract class FirewallCapabilityRule extends Rule {
	private final FirewallCapability capability;
	private final String what;
	private final String why;

	FirewallCapabilityRule(String id, FirewallCapability capability, String what, String why) {
		super(id);
		this.capability = capability;
		this.what = what;
		this.why = why;
	}

	@Override
	public void check(RuleContext context) {
		for (Firewall fw : context.index().all(Firewall.class)) {
			if (!fw.getCapabilities().contains(capability)) {
				boolean none = fw.getCapabilities().isEmpty();
				context.report(fw, none ? DdcPackage.Literals.ELEMENT__NAME : DdcPackage.Literals.FIREWALL__CAPABILITIES,
						"firewall " + fw.getName() + (none ? " lists no capabilities, so not " : " lacks ") + what
								+ ": choose one that supports it " + why + " ('" + capability.getLiteral() + "')",
						Fix.add("capabilities", capability.getLiteral(), "Add " + what));
			}
		}
	}

	private String capabilities(boolean withOwn) {
		return Arrays.stream(FirewallCapability.values()).filter(c -> withOwn || c != capability)
				.map(FirewallCapability::getLiteral).collect(Collectors.joining(", "));
	}

	@Override
	public String firingExample() {
		return "firewall FW-1 { type \"NGFW\" quantity 2 position edge capabilities " + capabilities(false) + " }\n";
	}

	@Override
	public String passingExample() {
		return "firewall FW-1 { type \"NGFW\" quantity 2 position edge capabilities " + capabilities(true) + " }\n";
	}
}
