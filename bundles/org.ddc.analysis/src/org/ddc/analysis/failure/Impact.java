package org.ddc.analysis.failure;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * What is lost when some components fail together.
 *
 * @param failed           the components
 * @param hostsLost        each host that stops running VMs, with why ("down with rack R01", "without network
 *                         (SW-A, SW-B down)"), in host order
 * @param clustersOverwhelmed clusters that lose more hosts than their reserve k (their VMs on those hosts do not all
 *                         restart), or that do not survive even k failures
 * @param outages          workloads (and virtual management servers) that lose every instance or their load balancer
 *                         or firewall
 * @param degraded         those that lose some instances
 */
public record Impact(List<Component> failed, Map<String, String> hostsLost, List<String> clustersOverwhelmed,
		List<Loss> outages, List<Loss> degraded) {

	public Impact {
		failed = List.copyOf(failed);
		hostsLost = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hostsLost));
		clustersOverwhelmed = List.copyOf(clustersOverwhelmed);
		outages = List.copyOf(outages);
		degraded = List.copyOf(degraded);
	}

	/**
	 * One workload's loss.
	 *
	 * @param source    the workload or management server
	 * @param name      its name
	 * @param instances its VM instances
	 * @param lost      instances that stop and do not restart
	 * @param why       what takes it down
	 */
	public record Loss(EObject source, String name, int instances, int lost, String why) {
	}

	/** True when some workload loses every instance or its front end: the failed components are a single point of failure. */
	public boolean singlePointOfFailure() {
		return !outages.isEmpty();
	}

	/** True when nothing loses service or capacity. */
	public boolean harmless() {
		return hostsLost.isEmpty() && outages.isEmpty() && degraded.isEmpty();
	}
}
