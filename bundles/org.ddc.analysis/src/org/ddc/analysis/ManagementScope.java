package org.ddc.analysis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.model.Cluster;
import org.ddc.model.Design;
import org.ddc.model.GuestScope;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementPolicy;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.VmmInstance;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadKind;

/**
 * The computers in management scope, counted the way Table A-4 of the planning guide counts them (seed 000,
 * L168, L233, L250): physical virtualization hosts, the guest VMs brought into scope in Step 3 Task 2, and the
 * management servers, each counted once whatever its roles (times its {@code count}).
 */
public final class ManagementScope {
	private final DesignIndex index;

	private ManagementScope(DesignIndex index) {
		this.index = index;
	}

	public static ManagementScope of(DesignIndex index) {
		return new ManagementScope(index);
	}

	/** The design's 'management' block (reuse, guests in scope, forests, domains, AD sites), or null. */
	public ManagementPolicy policy() {
		Design design = index.design();
		return design != null ? design.getManagement() : null;
	}

	/** The design's guest scope: none unless declared (Table A-4 starts with hosts only, L168). */
	public GuestScope guestScope() {
		ManagementPolicy policy = policy();
		return policy != null && policy.isSetGuestScope() ? policy.getGuestScope() : GuestScope.NONE;
	}

	/** Whether an in-scope workload's VMs are in management scope. */
	public boolean isManaged(Workload workload) {
		if (!Demand.inScope(workload)) {
			return false;
		}
		return switch (guestScope()) {
		case ALL -> true;
		case SELECTED -> workload.isSetManaged() && workload.isManaged();
		default -> false;
		};
	}

	/** Physical virtualization hosts (Σ host design quantity). */
	public int hosts() {
		return index.hostCount();
	}

	/** Guest VMs in management scope (instances counted). */
	public int guests() {
		int guests = 0;
		for (Workload workload : index.all(Workload.class)) {
			if (isManaged(workload)) {
				guests += Math.max(0, workload.getInstances());
			}
		}
		return guests;
	}

	/** Management servers, each declared server once (times its count), whatever its roles (L250). */
	public int managementServers() {
		return index.all(ManagementServer.class).stream().mapToInt(ManagementScope::count).sum();
	}

	/** Management servers with a role (times their count). */
	public int serversWithRole(ManagementRole role) {
		return index.serversWithRole(role).stream().mapToInt(ManagementScope::count).sum();
	}

	/** Agents of Operations Manager: "Monitored by OpsMgr" = hosts + guests in scope + management servers. */
	public int opsMgrAgents() {
		return hosts() + guests() + managementServers();
	}

	/**
	 * Hosts a VMM instance manages: those of the host designs it 'manages', and of the clusters it 'manages-clusters'
	 * in other host designs.
	 */
	public int hostsManagedBy(VmmInstance vmm) {
		Map<HostDesign, Boolean> designs = distinctHostDesigns(vmm);
		int hosts = 0;
		for (HostDesign host : designs.keySet()) {
			hosts += Math.max(0, host.getQuantity());
		}
		for (Cluster cluster : distinctClusters(vmm)) {
			if (!designs.containsKey(cluster.eContainer())) {
				hosts += Math.max(0, cluster.getHosts());
			}
		}
		return hosts;
	}

	/**
	 * VMs a VMM instance manages: every VM the sizing puts on the host designs it manages (workload instances, VDI
	 * desktops and management servers that run virtual inside), and those of the clusters it manages elsewhere.
	 */
	public int vmsManagedBy(VmmInstance vmm, HostSizing sizing) {
		Map<HostDesign, Boolean> designs = distinctHostDesigns(vmm);
		List<Cluster> clusters = distinctClusters(vmm);
		int vms = 0;
		for (HostDesignSizing hostDesign : sizing.hostDesigns()) {
			if (designs.containsKey(hostDesign.hostDesign())) {
				vms += hostDesign.vms().size();
				continue;
			}
			for (ClusterSizing cluster : hostDesign.clusters()) {
				if (cluster.declared() != null && clusters.contains(cluster.declared())) {
					vms += cluster.vms().size();
				}
			}
		}
		return vms;
	}

	private static List<Cluster> distinctClusters(VmmInstance vmm) {
		return vmm.getManagedClusters().stream().filter(DesignIndex::live).distinct().toList();
	}

	/** Whether any in-scope workload is a VDI desktop (kind vdi-desktop). */
	public boolean hasVdiWorkloads() {
		return firstVdiWorkload() != null;
	}

	/** The first in-scope VDI desktop workload (kind vdi-desktop) in file order, or null. */
	public Workload firstVdiWorkload() {
		return index.all(Workload.class).stream()
				.filter(w -> w.getKind() == WorkloadKind.VDI_DESKTOP && Demand.inScope(w)).findFirst().orElse(null);
	}

	private static Map<HostDesign, Boolean> distinctHostDesigns(VmmInstance vmm) {
		Map<HostDesign, Boolean> hosts = new IdentityHashMap<>();
		vmm.getManages().stream().filter(DesignIndex::live).forEach(h -> hosts.put(h, Boolean.TRUE));
		return hosts;
	}

	private static int count(ManagementServer server) {
		return Math.max(0, server.getCount());
	}
}
