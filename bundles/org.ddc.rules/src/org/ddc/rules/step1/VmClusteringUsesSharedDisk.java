package org.ddc.rules.step1;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.FaultTolerance;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.VirtualDisk;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-13: VM-level clustering is for cluster-aware applications (L117; reported when a workload is declared not
 * cluster-aware) and its virtual machines share a common disk (L118): a shared virtual disk of the workload, or a
 * SAN storage system its host design is attached to.
 */
public final class VmClusteringUsesSharedDisk extends Rule {

	public VmClusteringUsesSharedDisk() {
		super("IPD-1-13");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (!FaultTolerance.uses(workload, FaultToleranceApproach.VM_CLUSTERING)) {
				continue;
			}
			if (workload.isSetClusterAware() && !workload.isClusterAware()) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__CLUSTER_AWARE, "workload " + workload.getName()
						+ " uses VM-level clustering but is not cluster-aware: this option is for applications built "
						+ "to run on failover clusters — choose load balancing, host-level clustering or the "
						+ "application's own fault tolerance instead");
			}
			HostDesign host = DesignIndex.hostDesignOf(workload);
			if (!hasSharedDisk(workload) && !(host != null && attachedToSan(host))) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH, "workload "
						+ workload.getName() + " uses VM-level clustering but its virtual machines have no common "
						+ "shared disk: add a shared virtual disk ('virtual-disk NAME SIZE vhdx shared')"
						+ (host != null ? " or attach host design " + host.getName() + " to a SAN storage system" : ""));
			}
		}
	}

	private static boolean hasSharedDisk(Workload workload) {
		return workload.getVirtualDisks().stream().anyMatch(VirtualDisk::isShared);
	}

	private static boolean attachedToSan(HostDesign host) {
		for (StorageSystem storage : host.getStorageSystems()) {
			if (DesignIndex.live(storage) && storage.isSetType() && storage.getType() == StorageType.SAN) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String firingExample() {
		return """
				workload SQL-1 {
					memory 32 GB instances 2 cluster-aware no
					fault-tolerance required approach vm-clustering
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload SQL-1 {
					memory 32 GB instances 2 cluster-aware yes
					fault-tolerance required approach vm-clustering
					virtual-disk SQL-DATA 500 GB vhdx shared
				}
				""";
	}
}
