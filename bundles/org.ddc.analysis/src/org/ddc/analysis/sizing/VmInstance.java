package org.ddc.analysis.sizing;

import org.ddc.analysis.placement.Vm;
import org.eclipse.emf.ecore.EObject;

/**
 * One virtual machine the design runs: an instance of a workload (VDI desktops included) or of a management
 * server that runs virtual inside the datacenter, with what the placement engine sees of it.
 *
 * @param vm       its demand at peak with the design's peak buffer and growth, its anti-affinity set and isolation
 *                 domain; its id is the element's name, with {@code #n} for the n-th of several instances
 * @param source   the workload or management server it is an instance of
 * @param instance 1-based instance number
 */
public record VmInstance(Vm vm, EObject source, int instance) {

	public String id() {
		return vm.id();
	}
}
