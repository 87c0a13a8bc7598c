package org.ddc.rules.step3;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.Cluster;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.VmmInstance;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * IPD-3-23: hosts in different Operations Manager management groups need separate VMM instances, since a VMM
 * instance connects to one management group and provides reports for that group only (L261). The management group
 * of hosts is the one that names them ('monitors' a host design, 'monitors-clusters' a cluster); hosts no group
 * names are taken to be in the group of the VMM instances that manage them. A VMM instance is reported when the
 * hosts it manages ('manages', 'manages-clusters') are in two or more management groups, and when they are all in
 * one group but the instance is connected to another.
 */
public final class SeparateVmmInstancesPerManagementGroup extends Rule {

	public SeparateVmmInstancesPerManagementGroup() {
		super("IPD-3-23");
	}

	/** Hosts a VMM instance manages, where it names them, and the management groups they are in. */
	private record Managed(String name, EStructuralFeature feature, int index, Set<OpsMgrGroup> groups) {
	}

	@Override
	public void check(RuleContext context) {
		DesignIndex index = context.index();
		Map<Cluster, List<VmmInstance>> clusterVmms = new IdentityHashMap<>();
		for (VmmInstance vmm : index.all(VmmInstance.class)) {
			vmm.getManagedClusters().stream().filter(DesignIndex::live)
					.forEach(c -> clusterVmms.computeIfAbsent(c, k -> new ArrayList<>()).add(vmm));
		}
		for (VmmInstance vmm : index.all(VmmInstance.class)) {
			List<Managed> managed = new ArrayList<>();
			for (int i = 0; i < vmm.getManages().size(); i++) {
				HostDesign host = vmm.getManages().get(i);
				if (DesignIndex.live(host)) {
					managed.add(new Managed("host design " + host.getName(), DdcPackage.Literals.VMM_INSTANCE__MANAGES,
							i, groups(index, host, clusterVmms)));
				}
			}
			for (int i = 0; i < vmm.getManagedClusters().size(); i++) {
				Cluster cluster = vmm.getManagedClusters().get(i);
				if (DesignIndex.live(cluster)) {
					managed.add(new Managed("cluster " + cluster.getName(),
							DdcPackage.Literals.VMM_INSTANCE__MANAGED_CLUSTERS, i, groups(index, cluster, clusterVmms)));
				}
			}
			Set<OpsMgrGroup> all = new LinkedHashSet<>();
			managed.forEach(m -> all.addAll(m.groups()));
			if (all.size() >= 2) {
				OpsMgrGroup first = all.iterator().next();
				Managed at = managed.stream().filter(m -> !m.groups().isEmpty() && !m.groups().equals(Set.of(first)))
						.findFirst().orElse(managed.get(0));
				List<String> where = managed.stream().filter(m -> !m.groups().isEmpty())
						.map(m -> m.name() + " in " + String.join(" and ", m.groups().stream().map(OpsMgrGroup::getName)
								.toList()))
						.toList();
				context.report(vmm, at.feature(), at.index(), "VMM instance " + vmm.getName() + " manages hosts in "
						+ all.size() + " Operations Manager management groups (" + MessageLists.join(where)
						+ "), but a VMM instance connects to one management group and reports only on its hosts: "
						+ "manage the hosts of each management group from a VMM instance of its own", null);
				continue;
			}
			List<OpsMgrGroup> own = index.opsMgrGroupsOf(vmm);
			if (all.size() == 1 && own.size() == 1 && !all.contains(own.get(0))) {
				OpsMgrGroup theirs = all.iterator().next();
				Managed at = managed.get(0);
				context.report(vmm, at.feature(), at.index(), "VMM instance " + vmm.getName()
						+ " is connected to management group " + own.get(0).getName() + ", but the hosts it manages ("
						+ MessageLists.join(managed.stream().map(Managed::name).toList()) + ") are in "
						+ theirs.getName() + ": it can report only on the hosts of " + own.get(0).getName()
						+ " — connect it to " + theirs.getName() + " ('vmm " + vmm.getName() + "' in opsmgr-group "
						+ theirs.getName() + ")", null);
			}
		}
	}

	/** A host design's groups: its own and its clusters' 'monitors'; else those of the VMM instances managing it. */
	private static Set<OpsMgrGroup> groups(DesignIndex index, HostDesign host, Map<Cluster, List<VmmInstance>> clusterVmms) {
		Set<OpsMgrGroup> groups = new LinkedHashSet<>(index.opsMgrGroupsMonitoring(host));
		host.getClusters().forEach(c -> groups.addAll(index.opsMgrGroupsMonitoring(c)));
		if (groups.isEmpty()) {
			index.vmmsManaging(host).forEach(v -> groups.addAll(index.opsMgrGroupsOf(v)));
			host.getClusters().forEach(c -> clusterVmms.getOrDefault(c, List.of())
					.forEach(v -> groups.addAll(index.opsMgrGroupsOf(v))));
		}
		return groups;
	}

	/** A cluster's groups: its own 'monitors-clusters', else its host design's; else those of its VMM instances. */
	private static Set<OpsMgrGroup> groups(DesignIndex index, Cluster cluster, Map<Cluster, List<VmmInstance>> clusterVmms) {
		Set<OpsMgrGroup> groups = new LinkedHashSet<>(index.opsMgrGroupsMonitoring(cluster));
		HostDesign host = cluster.eContainer() instanceof HostDesign owner ? owner : null;
		if (groups.isEmpty() && host != null) {
			groups.addAll(index.opsMgrGroupsMonitoring(host));
		}
		if (groups.isEmpty()) {
			clusterVmms.getOrDefault(cluster, List.of()).forEach(v -> groups.addAll(index.opsMgrGroupsOf(v)));
			if (host != null) {
				index.vmmsManaging(host).forEach(v -> groups.addAll(index.opsMgrGroupsOf(v)));
			}
		}
		return groups;
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-WEB { quantity 4 }
				host-design HD-DB { quantity 2 }
				vmm-instance VMM-A { manages HD-WEB, HD-DB }
				opsmgr-group MG-1 { vmm VMM-A monitors HD-WEB }
				opsmgr-group MG-2 { monitors HD-DB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-WEB { quantity 4 }
				host-design HD-DB { quantity 2 }
				vmm-instance VMM-A { manages HD-WEB }
				vmm-instance VMM-B { manages HD-DB }
				opsmgr-group MG-1 { vmm VMM-A monitors HD-WEB }
				opsmgr-group MG-2 { vmm VMM-B monitors HD-DB }
				""";
	}
}
