package org.ddc.analysis.placement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A host cluster and the VMs it must run. Hosts are used in list order: the engine packs onto the first hosts and
 * keeps the last ones free as the reserve, and when it searches how many hosts would be needed it takes the first
 * hosts of the list and, beyond its end, copies of the last host. Put the preferred hosts first and the host design
 * whose quantity may change last.
 *
 * @param id      for messages
 * @param hosts   the cluster's hosts (may be empty)
 * @param reserve k of N+k: how many hosts may fail at once with every VM restarting on the others; 0 for hosts that
 *                are not clustered (nothing is checked then)
 * @param vms     the VM instances to place
 */
public record Cluster(String id, List<Host> hosts, int reserve, List<Vm> vms) {

	public Cluster {
		Objects.requireNonNull(id, "id");
		hosts = List.copyOf(hosts);
		vms = List.copyOf(vms);
		if (reserve < 0) {
			throw new IllegalArgumentException("cluster " + id + ": reserve must be >= 0: " + reserve);
		}
		Set<String> seen = new HashSet<>();
		for (Host host : hosts) {
			if (!seen.add(host.id())) {
				throw new IllegalArgumentException("cluster " + id + ": duplicate host id " + host.id());
			}
		}
		seen.clear();
		for (Vm vm : vms) {
			if (!seen.add(vm.id())) {
				throw new IllegalArgumentException("cluster " + id + ": duplicate VM id " + vm.id());
			}
		}
	}
}
