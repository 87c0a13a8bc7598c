package org.ddc.rules.limits;

import org.ddc.analysis.Demand;

/**
 * LIM-HOST-VMS: the running VMs of one host stay within the platform maximum (seed 001 L193, L1971), counting the
 * workload instances of the host design over its hosts less the failover reserve.
 */
public final class HostRunningVirtualMachines extends HostLoadRule {

	public HostRunningVirtualMachines() {
		super("LIM-HOST-VMS", "host.runningVms", "VM", "VMs");
	}

	@Override
	int amount(Demand demand) {
		return demand.vms();
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1300 vcpus 1 memory 1 GB group G }
				host-design H { quantity 1 cpu 4 x 16 cores 2.6 GHz intel threads 2 memory 4 TB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1300 vcpus 1 memory 1 GB group G }
				host-design H { quantity 2 cpu 4 x 16 cores 2.6 GHz intel threads 2 memory 4 TB }
				""";
	}
}
