package org.ddc.diagram.network;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.RackLayout;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.model.Cluster;
import org.ddc.model.HostDesign;

/**
 * The hosts the network diagram draws, by host design and cluster, as the sizing names them ({@code HD-WEB-01} …),
 * and which of them are drawn one by one and which as one node with a count.
 * <p>
 * Every host of a host design is wired alike (the model states adapters per host design), so a node per host repeats
 * the same adapters and the same lines: eight adapters on fifteen hosts are 120 lines into four switches, which no one
 * can follow. A design of at most {@link #INDIVIDUAL} hosts is drawn host by host; in a larger one each cluster of two
 * or more hosts is one node "12 × HD-WEB", whose lines stand for one cable per host. 400 hosts in clusters of up to 16
 * are then about 30 nodes.
 */
final class HostGroups {

	/** The most hosts a design may have to be drawn host by host. */
	static final int INDIVIDUAL = 8;

	/**
	 * The hosts of one cluster (or of a host design whose hosts form no planned cluster).
	 *
	 * @param hostDesign its host design
	 * @param cluster    the declared cluster, or null (derived from 'cluster-size', unclustered or not planned)
	 * @param name       the cluster's name as the sizing gives it
	 * @param hosts      the host instance names, sorted
	 * @param reserve    k of N+k (0 for unclustered hosts)
	 */
	record Group(HostDesign hostDesign, Cluster cluster, String name, List<String> hosts, int reserve,
			boolean collapsed) {
	}

	private HostGroups() {
	}

	/** Every host design's clusters in design order; a host design that is not planned as one group of its units. */
	static List<Group> of(HostSizing sizing) {
		List<Group> groups = new ArrayList<>();
		for (HostDesignSizing hostDesign : sizing.hostDesigns()) {
			HostDesign host = hostDesign.hostDesign();
			if (hostDesign.clusters().isEmpty()) {
				List<String> names = new ArrayList<>();
				int quantity = Math.min(hostDesign.quantity(), RackLayout.MAX_RACK_UNITS * 100);
				for (int i = 0; i < quantity; i++) {
					names.add(RackLayout.unitName(host, i, quantity));
				}
				if (!names.isEmpty()) {
					groups.add(new Group(host, null, host.getName(), names, 0, false));
				}
				continue;
			}
			for (ClusterSizing cluster : hostDesign.clusters()) {
				List<String> names = new ArrayList<>(cluster.hosts());
				names.sort(null);
				if (!names.isEmpty()) {
					groups.add(new Group(host, cluster.declared(), cluster.name(), names,
							hostDesign.clustering() == HostDesignSizing.Clustering.NONE ? 0 : cluster.reserve(), false));
				}
			}
		}
		int hosts = groups.stream().mapToInt(g -> g.hosts().size()).sum();
		if (hosts <= INDIVIDUAL) {
			return groups;
		}
		return groups.stream().map(g -> new Group(g.hostDesign(), g.cluster(), g.name(), g.hosts(), g.reserve(),
				g.hosts().size() > 1)).toList();
	}
}
