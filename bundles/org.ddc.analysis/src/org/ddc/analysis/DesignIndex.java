package org.ddc.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.model.BackupPlan;
import org.ddc.model.Cluster;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.PlatformVersion;
import org.ddc.model.StorageSystem;
import org.ddc.model.VmmInstance;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.eclipse.emf.ecore.EObject;

/**
 * One design (all its files) indexed once: every element by type, and the reverse links that rules and reports
 * ask for (workloads of a group, groups of a host design, VMM instances of a host design, …). Built in one pass;
 * lookups are constant time, so rules stay linear in the size of the design.
 */
public final class DesignIndex {
	private final List<DdcModel> models;
	private final Map<Class<?>, List<EObject>> byType = new HashMap<>();
	private final List<EObject> all = new ArrayList<>();
	private final Map<WorkloadGroup, List<Workload>> workloadsByGroup = new IdentityHashMap<>();
	private final Map<HostDesign, List<WorkloadGroup>> groupsByHostDesign = new IdentityHashMap<>();
	private final Map<HostDesign, List<VmmInstance>> vmmsByHostDesign = new IdentityHashMap<>();
	private final Map<VmmInstance, List<OpsMgrGroup>> opsMgrByVmm = new IdentityHashMap<>();
	private final Map<EObject, List<OpsMgrGroup>> opsMgrByMonitored = new IdentityHashMap<>();
	private final Map<Workload, List<LoadBalancer>> loadBalancersByWorkload = new IdentityHashMap<>();
	private final Map<Workload, List<Firewall>> firewallsByWorkload = new IdentityHashMap<>();
	private final Map<Workload, List<BackupPlan>> backupPlansByWorkload = new IdentityHashMap<>();
	private final Map<StorageSystem, List<HostDesign>> hostsByStorage = new IdentityHashMap<>();
	private final Map<ManagementRole, List<ManagementServer>> serversByRole = new HashMap<>();

	private DesignIndex(List<DdcModel> models) {
		this.models = List.copyOf(models);
		for (DdcModel model : models) {
			model.eAllContents().forEachRemaining(this::add);
		}
		for (Workload workload : all(Workload.class)) {
			if (workload.getGroup() != null && !workload.getGroup().eIsProxy()) {
				workloadsByGroup.computeIfAbsent(workload.getGroup(), g -> new ArrayList<>()).add(workload);
			}
		}
		for (WorkloadGroup group : all(WorkloadGroup.class)) {
			if (live(group.getHostDesign())) {
				groupsByHostDesign.computeIfAbsent(group.getHostDesign(), h -> new ArrayList<>()).add(group);
			}
		}
		for (VmmInstance vmm : all(VmmInstance.class)) {
			vmm.getManages().stream().filter(DesignIndex::live)
					.forEach(h -> vmmsByHostDesign.computeIfAbsent(h, k -> new ArrayList<>()).add(vmm));
		}
		for (OpsMgrGroup group : all(OpsMgrGroup.class)) {
			if (live(group.getVmm())) {
				opsMgrByVmm.computeIfAbsent(group.getVmm(), k -> new ArrayList<>()).add(group);
			}
			group.getMonitors().stream().filter(DesignIndex::live).forEach(
					h -> opsMgrByMonitored.computeIfAbsent(h, k -> new ArrayList<>()).add(group));
			group.getMonitoredClusters().stream().filter(DesignIndex::live).forEach(
					c -> opsMgrByMonitored.computeIfAbsent(c, k -> new ArrayList<>()).add(group));
		}
		for (LoadBalancer lb : all(LoadBalancer.class)) {
			lb.getServes().stream().filter(DesignIndex::live)
					.forEach(w -> loadBalancersByWorkload.computeIfAbsent(w, k -> new ArrayList<>()).add(lb));
		}
		for (Firewall firewall : all(Firewall.class)) {
			firewall.getServes().stream().filter(DesignIndex::live).distinct()
					.forEach(w -> firewallsByWorkload.computeIfAbsent(w, k -> new ArrayList<>()).add(firewall));
		}
		for (BackupPlan plan : all(BackupPlan.class)) {
			plan.getWorkloads().stream().filter(DesignIndex::live)
					.forEach(w -> backupPlansByWorkload.computeIfAbsent(w, k -> new ArrayList<>()).add(plan));
			for (WorkloadGroup group : plan.getGroups()) {
				if (live(group)) {
					workloadsOf(group).forEach(w -> backupPlansByWorkload.computeIfAbsent(w, k -> new ArrayList<>()).add(plan));
				}
			}
		}
		for (HostDesign host : all(HostDesign.class)) {
			host.getStorageSystems().stream().filter(DesignIndex::live)
					.forEach(s -> hostsByStorage.computeIfAbsent(s, k -> new ArrayList<>()).add(host));
		}
		for (ManagementServer server : all(ManagementServer.class)) {
			for (ManagementRole role : server.getRoles()) {
				serversByRole.computeIfAbsent(role, k -> new ArrayList<>()).add(server);
			}
		}
	}

	/** Indexes the given file roots as one design. */
	public static DesignIndex of(Collection<DdcModel> models) {
		return new DesignIndex(new ArrayList<>(models));
	}

	/** True for a resolved (non-null, non-proxy) reference target. */
	public static boolean live(EObject object) {
		return object != null && !object.eIsProxy();
	}

	/**
	 * The host design a workload's group names ('host-design'), as {@link #workloadsOn} counts it; {@code null} when
	 * the workload has no group or the group names no host design. (The sizing also places the VMs of a group that
	 * names only a cluster: {@link org.ddc.analysis.sizing.HostSizing#hostDesignOf}.)
	 */
	public static HostDesign hostDesignOf(Workload workload) {
		WorkloadGroup group = workload.getGroup();
		return live(group) && live(group.getHostDesign()) ? group.getHostDesign() : null;
	}

	private void add(EObject object) {
		all.add(object);
		for (Class<?> type = object.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Class<?> iface : type.getInterfaces()) {
				addType(iface, object);
			}
		}
	}

	private void addType(Class<?> iface, EObject object) {
		if (!iface.getPackageName().equals("org.ddc.model")) {
			return;
		}
		List<EObject> list = byType.computeIfAbsent(iface, k -> new ArrayList<>());
		if (list.isEmpty() || list.get(list.size() - 1) != object) {
			list.add(object);
		}
		for (Class<?> superInterface : iface.getInterfaces()) {
			addType(superInterface, object);
		}
	}

	public List<DdcModel> models() {
		return models;
	}

	/** Every element of the given model type (top-level and nested), in file order. */
	@SuppressWarnings("unchecked")
	public <T> List<T> all(Class<T> type) {
		return (List<T>) byType.getOrDefault(type, List.of());
	}

	/** The design header, when there is exactly one. */
	public Design design() {
		List<Design> designs = all(Design.class);
		return designs.size() == 1 ? designs.get(0) : null;
	}

	/** The target platform, or null when not declared. */
	public PlatformVersion platform() {
		Design design = design();
		return design != null && design.isSetPlatform() ? design.getPlatform() : null;
	}

	public List<Workload> workloadsOf(WorkloadGroup group) {
		return workloadsByGroup.getOrDefault(group, List.of());
	}

	public List<WorkloadGroup> groupsOf(HostDesign host) {
		return groupsByHostDesign.getOrDefault(host, List.of());
	}

	/** In-scope workloads of all groups bound to a host design. */
	public List<Workload> workloadsOn(HostDesign host) {
		List<Workload> workloads = new ArrayList<>();
		for (WorkloadGroup group : groupsOf(host)) {
			for (Workload workload : workloadsOf(group)) {
				if (Demand.inScope(workload)) {
					workloads.add(workload);
				}
			}
		}
		return workloads;
	}

	public List<VmmInstance> vmmsManaging(HostDesign host) {
		return vmmsByHostDesign.getOrDefault(host, List.of());
	}

	public List<OpsMgrGroup> opsMgrGroupsOf(VmmInstance vmm) {
		return opsMgrByVmm.getOrDefault(vmm, List.of());
	}

	/** The management groups that name a host design in 'monitors' (not those of its clusters). */
	public List<OpsMgrGroup> opsMgrGroupsMonitoring(HostDesign host) {
		return opsMgrByMonitored.getOrDefault(host, List.of());
	}

	/** The management groups that name a cluster in 'monitors-clusters' (not those of its host design). */
	public List<OpsMgrGroup> opsMgrGroupsMonitoring(Cluster cluster) {
		return opsMgrByMonitored.getOrDefault(cluster, List.of());
	}

	public List<LoadBalancer> loadBalancersServing(Workload workload) {
		return loadBalancersByWorkload.getOrDefault(workload, List.of());
	}

	/** The firewalls whose 'serves' names the workload, in file order. */
	public List<Firewall> firewallsServing(Workload workload) {
		return firewallsByWorkload.getOrDefault(workload, List.of());
	}

	public List<BackupPlan> backupPlansCovering(Workload workload) {
		return backupPlansByWorkload.getOrDefault(workload, List.of());
	}

	public List<HostDesign> hostDesignsUsing(StorageSystem storage) {
		return hostsByStorage.getOrDefault(storage, List.of());
	}

	public List<ManagementServer> serversWithRole(ManagementRole role) {
		return serversByRole.getOrDefault(role, List.of());
	}

	/** Physical virtualization hosts: the sum of host design quantities. */
	public int hostCount() {
		return all(HostDesign.class).stream().mapToInt(HostDesign::getQuantity).sum();
	}

	/** Virtual machines of in-scope workloads (instances counted). */
	public int vmCount() {
		return all(Workload.class).stream().filter(Demand::inScope).mapToInt(Workload::getInstances).sum();
	}
}
