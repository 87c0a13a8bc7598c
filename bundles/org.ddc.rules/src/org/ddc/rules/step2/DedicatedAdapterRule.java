package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * Step 2 Task 3 (L178–184): each host dedicates at least one network adapter to a purpose. An adapter is dedicated
 * when all its purposes are among the allowed ones. Reported once per host design: on an adapter that shares the
 * purpose with others, or on the host design when no adapter carries it. Host designs without adapters are left to
 * IPD-2-20.
 */
abstract class DedicatedAdapterRule extends Rule {
	private final NicPurpose purpose;
	private final Set<NicPurpose> allowed;
	private final String what;

	DedicatedAdapterRule(String id, NicPurpose purpose, Set<NicPurpose> allowed, String what) {
		super(id);
		this.purpose = purpose;
		this.allowed = allowed;
		this.what = what;
	}

	/** Whether the host design needs the adapter at all. */
	boolean applies(HostDesign host, RuleContext context) {
		return true;
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getAdapters().isEmpty() || !applies(host, context)
					|| host.getAdapters().stream().anyMatch(a -> HostFacts.dedicatedTo(a, allowed))) {
				continue;
			}
			NetworkAdapter shared = host.getAdapters().stream().filter(a -> a.getPurposes().contains(purpose))
					.findFirst().orElse(null);
			if (shared != null) {
				context.report(shared, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, "adapter " + shared.getName()
						+ " of host design " + host.getName() + " carries " + what + " together with "
						+ others(shared) + ": dedicate an adapter to " + what + " ('purpose " + purpose.getLiteral()
						+ "' alone)");
			} else {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "no adapter of host design " + host.getName()
						+ " carries " + what + ": add an adapter dedicated to it ('adapter <name> ports 1 purpose "
						+ purpose.getLiteral() + "')");
			}
		}
	}

	private String others(NetworkAdapter adapter) {
		return String.join(", ", adapter.getPurposes().stream().filter(p -> !allowed.contains(p))
				.map(NicPurpose::getLiteral).toList());
	}
}
