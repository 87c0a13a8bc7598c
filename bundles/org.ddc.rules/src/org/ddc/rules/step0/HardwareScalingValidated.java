package org.ddc.rules.step0;

import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Device;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.labels.ElementKinds;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-03: the scaling limits of the datacenter hardware — hosts, storage, storage and network switches, load
 * balancers, firewalls — are validated with their vendors (L62), recorded as 'scaling-validated yes'.
 */
public final class HardwareScalingValidated extends Rule {
	private static final List<Class<? extends Device>> HARDWARE = List.of(HostDesign.class, StorageSystem.class,
			StorageSwitch.class, NetworkSwitch.class, LoadBalancer.class, Firewall.class);

	public HardwareScalingValidated() {
		super("IPD-0-03");
	}

	@Override
	public void check(RuleContext context) {
		for (Class<? extends Device> type : HARDWARE) {
			for (Device device : context.index().all(type)) {
				if (!device.isSetScalingValidated() || !device.isScalingValidated()) {
					context.report(device, device.isSetScalingValidated() ? DdcPackage.Literals.DEVICE__SCALING_VALIDATED
							: DdcPackage.Literals.ELEMENT__NAME, ElementKinds.label(device.eClass()) + " " + device.getName()
							+ " has no vendor-validated scaling limits: confirm with the vendor when this hardware "
							+ "runs out (hosts, ports, capacity, throughput) and record 'scaling-validated yes'",
							Fix.set("scaling-validated", "yes", "Record the vendor validation"));
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 scaling-validated yes }
				""";
	}
}
