package org.ddc.rules.step5;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ddc.model.DdcPackage;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.SwitchCapability;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** A switch characteristic of L467–474 that every network switch should list among its capabilities. */
abstract class SwitchCapabilityRule extends Rule {
	private final SwitchCapability capability;
	private final String what;
	private final String why;

	/**
	 * @param what the capability in words, e.g. "SNMP monitoring"
	 * @param why what it is needed for, e.g. "so that alerts and events of the switch reach the management systems"
	 */
	SwitchCapabilityRule(String id, SwitchCapability capability, String what, String why) {
		super(id);
		this.capability = capability;
		this.what = what;
		this.why = why;
	}

	@Override
	public void check(RuleContext context) {
		prepare(context);
		for (NetworkSwitch networkSwitch : context.index().all(NetworkSwitch.class)) {
			if (!networkSwitch.getCapabilities().contains(capability)) {
				boolean none = networkSwitch.getCapabilities().isEmpty();
				context.report(networkSwitch,
						none ? DdcPackage.Literals.ELEMENT__NAME : DdcPackage.Literals.NETWORK_SWITCH__CAPABILITIES,
						"switch " + networkSwitch.getName() + (none ? " lists no capabilities, so not " : " lacks ")
								+ what + context(networkSwitch) + ": choose a switch that supports it " + why + " ('"
								+ capability.getLiteral() + "')",
						Fix.add("capabilities", capability.getLiteral(), "Add " + what));
			}
		}
	}

	/** Builds per-design lookups before the switches are checked. */
	void prepare(RuleContext context) {
	}

	/** Extra words on why this switch in particular needs the capability, starting with "; ", or "". */
	String context(NetworkSwitch networkSwitch) {
		return "";
	}

	private String capabilities(boolean withOwn) {
		return Arrays.stream(SwitchCapability.values()).filter(c -> withOwn || c != capability)
				.map(SwitchCapability::getLiteral).collect(Collectors.joining(", "));
	}

	@Override
	public String firingExample() {
		return "switch SW-1 { ports 48 managed yes partner SW-2 capabilities " + capabilities(false) + " }\n"
				+ "switch SW-2 { ports 48 managed yes partner SW-1 capabilities " + capabilities(true) + " }\n";
	}

	@Override
	public String passingExample() {
		return "switch SW-1 { ports 48 managed yes partner SW-2 capabilities " + capabilities(true) + " }\n"
				+ "switch SW-2 { ports 48 managed yes partner SW-1 capabilities " + capabilities(true) + " }\n";
	}
}
