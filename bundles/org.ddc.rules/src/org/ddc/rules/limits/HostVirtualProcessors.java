package org.ddc.rules.limits;

import org.ddc.analysis.Demand;

/**
 * LIM-HOST-VCPU: the virtual CPUs one host runs stay within the platform maximum (seed 001 L190, L200), counting
 * the workloads of the host design over its hosts less the failover reserve.
 */
public final class HostVirtualProcessors extends HostLoadRule {

	public HostVirtualProcessors() {
		super("LIM-HOST-VCPU", "host.vcpus", "vCPU", "vCPUs");
	}

	@Override
	int amount(Demand demand) {
		return demand.vcpus();
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 policy { failover-reserve N + 1 } }
				workload-group G { host-design H }
				workload APP { instances 150 vcpus 4 memory 2 GB group G }
				host-design H { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 policy { failover-reserve N + 1 } }
				workload-group G { host-design H }
				workload APP { instances 150 vcpus 4 memory 2 GB group G }
				host-design H { quantity 3 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
	}
}
