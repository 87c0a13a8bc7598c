package org.ddc.generate;

import java.util.List;
import java.util.Random;

import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.VendorSupport;
import org.ddc.model.WorkloadKind;

/**
 * A kind of workload the synthetic generator draws from, with realistic ranges (memory in GB, CPU in % of the
 * reference processor at peak, disk in GB, IOPS, throughput in Mbps).
 */
enum WorkloadProfile {
	WEB("WEB", "Web front end (IIS)", "Windows Server 2012 R2", 4, 8, 4, 12, 60, 120, 100, 400, 200,
			FaultToleranceApproach.LOAD_BALANCING, 2, 4, 20),
	APP("APP", "Application server", "Windows Server 2012 R2", 8, 16, 8, 20, 100, 200, 200, 800, 300,
			FaultToleranceApproach.HOST_CLUSTERING, 1, 1, 25),
	SQL("SQL", "SQL Server 2012 database", "Windows Server 2012 R2", 16, 48, 15, 35, 300, 1000, 500, 2000, 500,
			FaultToleranceApproach.VM_CLUSTERING, 2, 2, 10),
	FILE("FS", "File server", "Windows Server 2012 R2", 4, 8, 3, 6, 500, 2000, 200, 600, 200,
			FaultToleranceApproach.HOST_CLUSTERING, 1, 1, 8),
	MAIL("MBX", "Exchange 2013 mailbox server", "Windows Server 2012 R2", 24, 48, 15, 30, 1000, 2000, 800, 1600,
			400, FaultToleranceApproach.APPLICATION_LEVEL, 2, 2, 4),
	LOB("LOB", "Line-of-business application", "Windows Server 2008 R2", 4, 12, 4, 15, 80, 250, 100, 500, 100,
			null, 1, 1, 25),
	VDI("VDI", "Pooled virtual desktop", "Windows 8.1", 2, 4, 2, 5, 40, 40, 20, 50, 10, null, 1, 1, 8);

	final String prefix;
	final String application;
	final String os;
	final int minMemoryGb;
	final int maxMemoryGb;
	final int minCpu;
	final int maxCpu;
	final int minDiskGb;
	final int maxDiskGb;
	final int minIops;
	final int maxIops;
	final int throughputMbps;
	/** null: fault tolerance not required. */
	final FaultToleranceApproach approach;
	final int minInstances;
	final int maxInstances;
	/** Relative frequency in a generated design. */
	final int weight;

	WorkloadProfile(String prefix, String application, String os, int minMemoryGb, int maxMemoryGb, int minCpu,
			int maxCpu, int minDiskGb, int maxDiskGb, int minIops, int maxIops, int throughputMbps,
			FaultToleranceApproach approach, int minInstances, int maxInstances, int weight) {
		this.prefix = prefix;
		this.application = application;
		this.os = os;
		this.minMemoryGb = minMemoryGb;
		this.maxMemoryGb = maxMemoryGb;
		this.minCpu = minCpu;
		this.maxCpu = maxCpu;
		this.minDiskGb = minDiskGb;
		this.maxDiskGb = maxDiskGb;
		this.minIops = minIops;
		this.maxIops = maxIops;
		this.throughputMbps = throughputMbps;
		this.approach = approach;
		this.minInstances = minInstances;
		this.maxInstances = maxInstances;
		this.weight = weight;
	}

	WorkloadKind kind() {
		return this == VDI ? WorkloadKind.VDI_DESKTOP : WorkloadKind.SERVER;
	}

	/** The vendor statements an architect would have collected for this kind of workload. */
	List<VendorSupport> vendorSupport() {
		if (approach == null) {
			return List.of(VendorSupport.VIRTUALIZATION, VendorSupport.LICENSING);
		}
		VendorSupport forApproach = switch (approach) {
			case LOAD_BALANCING -> VendorSupport.NLB;
			case VM_CLUSTERING -> VendorSupport.VM_CLUSTERING;
			case HOST_CLUSTERING -> VendorSupport.HOST_CLUSTERING;
			default -> VendorSupport.APPLICATION_FAULT_TOLERANCE;
		};
		return List.of(VendorSupport.VIRTUALIZATION, VendorSupport.LICENSING, forApproach);
	}

	static int between(Random random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	/** Draws a profile by weight. */
	static WorkloadProfile draw(Random random) {
		int total = 0;
		for (WorkloadProfile profile : values()) {
			total += profile.weight;
		}
		int pick = random.nextInt(total);
		for (WorkloadProfile profile : values()) {
			pick -= profile.weight;
			if (pick < 0) {
				return profile;
			}
		}
		return LOB;
	}
}
