package org.ddc.rules.limits;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented product scale limit rules (seeds 001–004), in catalog order. */
public final class LimitRules {
	private LimitRules() {
	}

	public static List<Rule> all() {
		return List.of(new HostLogicalProcessors(), new HostPhysicalMemory(), new HostVirtualProcessors(),
				new HostRunningVirtualMachines(), new VmVirtualProcessors(), new VmMemory(), new ClusterNodes(),
				new ClusterRunningVirtualMachines(), new VirtualDiskSize(), new VirtualDisksPerVm(),
				new VirtualFibreChannelAdapters(), new LiveMigrationCpuVendor(), new LiveMigrationSubnet(),
				new ClusterSharedStorage(), new LiveMigrationNetwork());
	}
}
