package org.ddc.rules.step1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignIndex;
import org.ddc.rules.MessageLists;
import org.ddc.model.Element;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;

/** Shared look-ups of the Step 1 rules: workloads by fault-tolerance approach and the hosts they run on. */
final class Workloads {
	private Workloads() {
	}

	/** True for an in-scope workload that declares the given fault-tolerance approach. */
	static boolean uses(Workload workload, FaultToleranceApproach approach) {
		return workload.isSetFaultToleranceApproach() && workload.getFaultToleranceApproach() == approach
				&& Demand.inScope(workload);
	}

	/** The host design of the workload's group, or null when either is not declared. */
	static HostDesign hostDesignOf(Workload workload) {
		WorkloadGroup group = workload.getGroup();
		return DesignIndex.live(group) && DesignIndex.live(group.getHostDesign()) ? group.getHostDesign() : null;
	}

	/** In-scope workloads with the approach, by the host design they run on (file order); unplaced ones left out. */
	static Map<HostDesign, List<Workload>> byHostDesign(DesignIndex index, FaultToleranceApproach approach) {
		Map<HostDesign, List<Workload>> map = new LinkedHashMap<>();
		for (Workload workload : index.all(Workload.class)) {
			HostDesign host = hostDesignOf(workload);
			if (host != null && uses(workload, approach)) {
				map.computeIfAbsent(host, h -> new ArrayList<>()).add(workload);
			}
		}
		return map;
	}

	/** "A, B, C and 4 more". */
	static String names(List<? extends Element> elements) {
		return MessageLists.join(elements.stream().map(Element::getName).toList(), 4);
	}



}
