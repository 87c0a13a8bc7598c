package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NicPurpose;
import org.ddc.model.VirtualSwitch;
import org.ddc.rules.Places;

/**
 * IPD-2-25: at least one adapter on each host is dedicated to guest virtual machine network I/O (L183); guest
 * adapters may also carry the external (DMZ) VM networks. With converged networking (Hyper-V 2012 and later) the
 * guests' traffic is the traffic of a teamed virtual switch that also carries host adapters; it counts when the
 * switch gives the guests a minimum-bandwidth share of their own ('default-weight', seed 001 L795).
 */
public final class DedicatedGuestAdapter extends DedicatedAdapterRule {

	public DedicatedGuestAdapter() {
		super("IPD-2-25", NicPurpose.GUEST_TRAFFIC, Set.of(NicPurpose.GUEST_TRAFFIC, NicPurpose.EXTERNAL),
				"guest VM traffic");
	}

	/** The converged virtual switch (one with host adapters) that carries the guests' traffic. */
	@Override
	Converged converged(HostDesign host) {
		Converged first = null;
		for (VirtualSwitch vs : host.getVirtualSwitches()) {
			if (vs.getHostAdapters().isEmpty()) {
				continue; // the guests' own switch: its adapters are judged as adapters
			}
			String reason = !vs.isSetDefaultWeight() || vs.getDefaultWeight() < 1
					? "it leaves the guests no minimum-bandwidth weight beside its host adapters, so under congestion "
							+ "guest VM traffic gets no share of the team (" + Places.cite("001", 790) + ", L795): add 'default-weight "
							+ "<1-100>'"
					: notTeamed(vs);
			Converged found = new Converged(vs, vs.isSetDefaultWeight() ? DdcPackage.Literals.VIRTUAL_SWITCH__DEFAULT_WEIGHT
					: DdcPackage.Literals.VIRTUAL_SWITCH__NAME, "virtual switch " + vs.getName(), reason);
			if (reason == null) {
				return found;
			}
			first = first == null ? found : first;
		}
		return first;
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-1 ports 2 purpose host-management, guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}
}
