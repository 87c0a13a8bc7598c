package org.ddc.rules.step2;

import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.network.HostAdapters;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.HostVirtualAdapter;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PlatformVersion;
import org.ddc.model.VirtualSwitch;
import org.ddc.rules.Places;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Step 2 Task 3 (L178–184): each host dedicates at least one network adapter to a purpose. An adapter is dedicated
 * when all its purposes are among the allowed ones. Reported once per host design: on an adapter that shares the
 * purpose with others, or on the host design when no adapter carries it. Host designs without adapters are left to
 * IPD-2-20.
 * <p>
 * Converged networking (Hyper-V 2012 and later): a host may carry its own traffic as host virtual adapters on a
 * virtual switch bound to a NIC team, each with a minimum-bandwidth weight that guarantees it a share of the team
 * under congestion (seed 001 L760: one adapter per traffic type "becomes impractical" with 10 GbE; L790: minimum
 * bandwidth "is essential for converging multiple types of network traffic on a single network adapter"; L1887: NIC
 * Teaming for reliability). Such a host adapter, dedicated to the purpose and with a weight, counts as the dedicated
 * adapter (guest traffic: the teamed switch itself, with a default weight for the guests). On Hyper-V 2008 R2 it
 * does not, because its QoS only caps bandwidth (L766: maximum bandwidth, "rate limiting") and cannot guarantee a
 * traffic type its share: there the guide's dedicated physical adapter is still required, and the finding says why.
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

	/** True on Hyper-V 2012 and later, where minimum-bandwidth weights let host traffic share a team. */
	static boolean convergedNetworking(PlatformVersion platform) {
		return platform != null && platform.getValue() >= PlatformVersion.HYPERV2012_VALUE;
	}

	/**
	 * The converged construct that would carry the purpose, and why it does not count on its own: null reason when
	 * it counts (on Hyper-V 2012 or later).
	 */
	record Converged(EObject element, EStructuralFeature feature, String description, String reason) {
	}

	/**
	 * The host virtual adapter that carries the purpose: the first that counts (dedicated, weighted, on a teamed
	 * switch), else the first that carries it with the reason it does not count; null when none carries it.
	 */
	Converged converged(HostDesign host) {
		Converged first = null;
		for (VirtualSwitch vs : host.getVirtualSwitches()) {
			for (HostVirtualAdapter adapter : vs.getHostAdapters()) {
				if (!adapter.getPurposes().contains(purpose)) {
					continue;
				}
				String description = "host adapter " + adapter.getName() + " on virtual switch " + vs.getName();
				String reason = !allowed.containsAll(adapter.getPurposes())
						? "it also carries " + others(adapter.getPurposes()) + ": give " + what
								+ " a host adapter of its own ('host-adapter <name> purpose " + purpose.getLiteral()
								+ " weight <1-100>')"
						: !adapter.isSetWeight() ? "it has no minimum-bandwidth weight, so under congestion " + what
								+ " gets no share of the team (" + Places.cite("001", 790) + "): add 'weight <1-100>'"
								: notTeamed(vs);
				Converged found = new Converged(adapter, DdcPackage.Literals.HOST_VIRTUAL_ADAPTER__PURPOSES,
						description, reason);
				if (reason == null) {
					return found;
				}
				first = first == null ? found : first;
			}
		}
		return first;
	}

	/** Null when the switch is bound to a team, else why converged traffic on it is not redundant. */
	static String notTeamed(VirtualSwitch vs) {
		if (DesignIndex.live(vs.getTeam())) {
			return null;
		}
		return "virtual switch " + vs.getName() + " is bound to "
				+ (DesignIndex.live(vs.getAdapter()) ? "adapter " + vs.getAdapter().getName() : "no adapter")
				+ ", not to a NIC team, so one adapter failure takes the traffic down (" + Places.cite("001", 1887) + ": teaming for "
				+ "reliability): bind it to a team ('virtual-switch " + vs.getName() + " team <team>')";
	}

	@Override
	public void check(RuleContext context) {
		PlatformVersion platform = context.platform();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getAdapters().isEmpty() || !applies(host, context)
					|| host.getAdapters().stream().anyMatch(a -> HostAdapters.dedicatedTo(a, allowed))) {
				continue;
			}
			Converged converged = converged(host);
			if (converged != null) {
				if (converged.reason() == null && convergedNetworking(platform)) {
					continue;
				}
				context.report(converged.element(), converged.feature(), converged.description() + " of host design "
						+ host.getName() + " carries " + what + ", but "
						+ (convergedNetworking(platform) ? converged.reason() : platformReason(platform)), null);
				continue;
			}
			NetworkAdapter shared = host.getAdapters().stream().filter(a -> a.getPurposes().contains(purpose))
					.findFirst().orElse(null);
			if (shared != null) {
				context.report(shared, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, "adapter " + shared.getName()
						+ " of host design " + host.getName() + " carries " + what + " together with "
						+ others(shared.getPurposes()) + ": dedicate an adapter to " + what + " ('purpose "
						+ purpose.getLiteral() + "' alone)");
			} else {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "no adapter of host design " + host.getName()
						+ " carries " + what + ": add an adapter dedicated to it ('adapter <name> ports 1 purpose "
						+ purpose.getLiteral() + "')");
			}
		}
	}

	/** Why a converged construct does not count on a platform before Hyper-V 2012, or on an undeclared one. */
	private String platformReason(PlatformVersion platform) {
		String dedicate = "dedicate a physical adapter to " + what + " ('adapter <name> ports 1 purpose "
				+ purpose.getLiteral() + "')";
		if (platform == null) {
			return "converged host traffic counts as a dedicated adapter only from Hyper-V 2012 on (2008 R2 QoS has "
					+ "no minimum bandwidth: " + Places.cite("001", 766) + ", L790) and the design declares no platform: declare it "
					+ "('platform hyperv-2012-r2' in the design header), or " + dedicate;
		}
		return platform.getLiteral() + " cannot guarantee it a share of the shared adapters: its QoS enforces "
				+ "maximum bandwidth only (rate limiting, " + Places.cite("001", 766) + "), not the minimum bandwidth that converging "
				+ "traffic types on one adapter needs (L777, L790) — " + dedicate;
	}

	String others(List<NicPurpose> purposes) {
		return String.join(", ", purposes.stream().filter(p -> !allowed.contains(p)).map(NicPurpose::getLiteral)
				.toList());
	}
}
