package org.ddc.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;

/**
 * The fault-tolerance approaches the workloads of a design declare (Table A-1, Step 1 Task 2), computed once per
 * design: for each approach, the in-scope workloads that use it by the host design they run on. Immutable once made.
 */
public final class FaultTolerance {
	private final Map<FaultToleranceApproach, Map<HostDesign, List<Workload>>> byHostDesign = new EnumMap<>(
			FaultToleranceApproach.class);

	private FaultTolerance(DesignIndex index) {
		for (Workload workload : index.all(Workload.class)) {
			HostDesign host = DesignIndex.hostDesignOf(workload);
			if (host != null && workload.isSetFaultToleranceApproach() && Demand.inScope(workload)) {
				byHostDesign.computeIfAbsent(workload.getFaultToleranceApproach(), a -> new LinkedHashMap<>())
						.computeIfAbsent(host, h -> new ArrayList<>()).add(workload);
			}
		}
		byHostDesign.replaceAll((approach, hosts) -> {
			hosts.replaceAll((host, workloads) -> List.copyOf(workloads));
			return Collections.unmodifiableMap(hosts);
		});
	}

	public static FaultTolerance of(DesignIndex index) {
		return new FaultTolerance(index);
	}

	/** True for a workload that declares the approach, whether it is in scope or not. */
	public static boolean declares(Workload workload, FaultToleranceApproach approach) {
		return workload.isSetFaultToleranceApproach() && workload.getFaultToleranceApproach() == approach;
	}

	/** True for an in-scope workload ({@link Demand#inScope}) that declares the approach. */
	public static boolean uses(Workload workload, FaultToleranceApproach approach) {
		return declares(workload, approach) && Demand.inScope(workload);
	}

	/**
	 * The in-scope workloads that use the approach, by the host design their group names (host designs and workloads
	 * in file order); workloads without a group or whose group names no host design are left out.
	 */
	public Map<HostDesign, List<Workload>> byHostDesign(FaultToleranceApproach approach) {
		return byHostDesign.getOrDefault(approach, Map.of());
	}
}
