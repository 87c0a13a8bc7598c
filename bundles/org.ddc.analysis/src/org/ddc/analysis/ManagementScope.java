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
import org.ddc.model.ServerPlacement;
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

	/** The services Table A-4 counts computers for, in the guide's row order (L738–762). */
	public enum Service {
		/** "Authenticating to the domain controllers" (L738): hosts, guests in scope, management servers. */
		DOMAIN_AUTHENTICATION,
		/** "Querying DNS" (L741): as authentication. */
		DNS,
		/** "Hosts managed by VMM" (L744): the physical hosts. */
		VMM_HOSTS,
		/** "Virtual machines managed by VMM" (L747): every VM in the datacenter, "not hosts" (L168). */
		VMM_VIRTUAL_MACHINES,
		/** "Managed by ConfigMgr" (L750): hosts, guests in scope, management servers (L233, L250, L264, L317). */
		CONFIGMGR,
		/** "Managed by MDT" (L753): the physical hosts MDT deploys (L168, L299). */
		MDT,
		/** "Serviced by OVMST" (L756): the physical hosts, the guide's literal start value (L168). */
		OVMST,
		/** "Monitored by OpsMgr" (L759): hosts, guests in scope, management servers (L328, L332). */
		OPSMGR,
		/** "Monitored by hardware management" (L762): hosts and the physical management servers (L345). */
		HARDWARE_MANAGEMENT
	}

	/** What a Table A-4 count is made of. */
	public enum Part {
		/** Physical virtualization hosts (Σ host design quantity). */
		HOSTS,
		/** Guest VMs of server workloads in management scope (Step 3 Task 2, L233). */
		SERVER_GUESTS,
		/** Guest VMs of VDI desktop workloads in management scope: workstations for the OpsMgr guide (L331). */
		DESKTOP_GUESTS,
		/**
		 * Management servers with the domain-controller role, each once; in "Monitored by hardware management" the
		 * physical ones only.
		 */
		DOMAIN_CONTROLLERS,
		/** The other management servers, each once whatever its roles (L250); for hardware management the physical ones. */
		MANAGEMENT_SERVERS,
		/** Every VM of an in-scope server workload the sizing places. */
		SERVER_VMS,
		/** Every VM of an in-scope VDI desktop workload the sizing places. */
		DESKTOP_VMS,
		/** Every VM of a management server that runs virtual inside the datacenter. */
		MANAGEMENT_VMS;

		/** A workstation in the OpsMgr guide's split (L331): a desktop VM. */
		public boolean workstation() {
			return this == DESKTOP_GUESTS || this == DESKTOP_VMS;
		}
	}

	/**
	 * One Table A-4 count and what it is made of: computers by {@link Part}, parts in enum order, zero parts left out.
	 * The OpsMgr guide wants the same computers as workstations, member servers and domain controllers (L331):
	 * {@link #workstations()}, {@link #memberServers()}, {@link #domainControllers()}.
	 */
	public record Served(Service service, Map<Part, Integer> parts) {
		public Served {
			parts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(parts));
		}

		/** The count: every part added up (each computer counted once). */
		public int total() {
			return parts.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int count(Part part) {
			return parts.getOrDefault(part, 0);
		}

		/** Domain controllers among the computers counted. */
		public int domainControllers() {
			return count(Part.DOMAIN_CONTROLLERS);
		}

		/** Desktop VMs among the computers counted. */
		public int workstations() {
			return parts.entrySet().stream().filter(e -> e.getKey().workstation()).mapToInt(Map.Entry::getValue).sum();
		}

		/** Every other computer counted: hosts, server VMs and management servers that are not domain controllers. */
		public int memberServers() {
			return total() - workstations() - domainControllers();
		}
	}

	/**
	 * Table A-4 as the guide's lifecycle fills it (domain reference B.4): every row starts from the physical hosts
	 * (L168) except the VMs managed by VMM, which are every VM the sizing places (workload instances and management
	 * servers that run virtual inside); the guests brought into management scope are added where the guide adds them
	 * (L233); the management servers, each counted once whatever its roles (L250), to the scopes they join (L250,
	 * L264, L317, L332) and, the physical ones, to hardware management (L345). In the guide's row order.
	 */
	public List<Served> served(HostSizing sizing) {
		Map<Part, Integer> hosts = parts(Part.HOSTS, hosts());
		Map<Part, Integer> scope = new java.util.EnumMap<>(hosts);
		int desktops = 0;
		int servers = 0;
		for (Workload workload : index.all(Workload.class)) {
			if (isManaged(workload)) {
				if (workload.getKind() == WorkloadKind.VDI_DESKTOP) {
					desktops += Math.max(0, workload.getInstances());
				} else {
					servers += Math.max(0, workload.getInstances());
				}
			}
		}
		scope.put(Part.SERVER_GUESTS, servers);
		scope.put(Part.DESKTOP_GUESTS, desktops);
		addServers(scope, false);
		Map<Part, Integer> hardware = new java.util.EnumMap<>(hosts);
		addServers(hardware, true);
		Map<Part, Integer> vms = new java.util.EnumMap<>(Part.class);
		for (HostDesignSizing hostDesign : sizing.hostDesigns()) {
			for (org.ddc.analysis.sizing.VmInstance vm : hostDesign.vms()) {
				Part part = vm.source() instanceof Workload w
						? w.getKind() == WorkloadKind.VDI_DESKTOP ? Part.DESKTOP_VMS : Part.SERVER_VMS
						: Part.MANAGEMENT_VMS;
				vms.merge(part, 1, Integer::sum);
			}
		}
		List<Served> rows = new java.util.ArrayList<>();
		for (Service service : Service.values()) {
			Map<Part, Integer> parts = switch (service) {
			case DOMAIN_AUTHENTICATION, DNS, CONFIGMGR, OPSMGR -> scope;
			case VMM_HOSTS, MDT, OVMST -> hosts;
			case VMM_VIRTUAL_MACHINES -> vms;
			case HARDWARE_MANAGEMENT -> hardware;
			};
			Map<Part, Integer> nonZero = new java.util.EnumMap<>(Part.class);
			parts.forEach((part, count) -> {
				if (count != 0) {
					nonZero.put(part, count);
				}
			});
			rows.add(new Served(service, nonZero));
		}
		return rows;
	}

	private static Map<Part, Integer> parts(Part part, int count) {
		Map<Part, Integer> parts = new java.util.EnumMap<>(Part.class);
		parts.put(part, count);
		return parts;
	}

	/** Adds the management servers (each once, times its count), split into domain controllers and others. */
	private void addServers(Map<Part, Integer> parts, boolean physicalOnly) {
		for (ManagementServer server : index.all(ManagementServer.class)) {
			if (physicalOnly && !(server.isSetRuns() && server.getRuns() == ServerPlacement.PHYSICAL)) {
				continue;
			}
			Part part = server.getRoles().contains(ManagementRole.DOMAIN_CONTROLLER) ? Part.DOMAIN_CONTROLLERS
					: Part.MANAGEMENT_SERVERS;
			parts.merge(part, count(server), Integer::sum);
		}
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
