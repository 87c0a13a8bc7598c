package org.ddc.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.model.BackupPlan;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.CpuSpec;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage.Literals;
import org.ddc.model.Design;
import org.ddc.model.Device;
import org.ddc.model.DiskGroup;
import org.ddc.model.Element;
import org.ddc.model.Firewall;
import org.ddc.model.Hba;
import org.ddc.model.HostDesign;
import org.ddc.model.IsolationDomain;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementPolicy;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicTeam;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.Placement;
import org.ddc.model.PortConnection;
import org.ddc.model.PowerCircuit;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.model.Rack;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.Subnet;
import org.ddc.model.VmmInstance;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.util.Strings;

/**
 * The .ddc text of a generated design in the layout of the language's formatter: one element per paragraph, one
 * attribute per line in grammar order, tab indentation, names and strings written as the language's value
 * converters write them. Xtext's serializer and formatter write the same text (a test compares them on generated
 * designs) but hold every token of the file as regions at once: 30 s and 2.5 GB for 50,000 workloads, where this
 * takes a fraction of a second. It needs no Xtext injector either (creating one costs a second or two): a name is
 * written plain when it is an identifier and no keyword of the language, else as a string, as
 * {@code DdcValueConverters} does, with the keywords the generated parser lists ({@code InternalDdc.tokens}); a
 * string in double quotes with Xtext's escapes. A test holds both to the language's own converters.
 *
 * <p>
 * It writes the elements and attributes the generator produces, as the serializer does: an attribute when it is set
 * ({@code eIsSet}), a mandatory part of a rule always, every value of a repeatable attribute on a line of its own.
 * A model with anything else set (an element kind or attribute the generator does not make) is refused with an
 * {@link IllegalArgumentException} rather than written without it.
 */
public final class DesignText {
	/** A name that needs no quotes, unless it is a keyword (as in DdcValueConverters). */
	private static final Pattern PLAIN_ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");
	/** The parser's token vocabulary: one line {@code 'keyword'=n} per keyword. */
	private static final String TOKENS = "/org/ddc/dsl/parser/antlr/internal/InternalDdc.tokens";
	private static final Pattern KEYWORD_TOKEN = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'=\\d+");
	private static Set<String> keywords;

	private final StringBuilder out = new StringBuilder(1 << 16);
	/** Names and strings as written, by value (names recur in every reference). */
	private final Map<String, String> names = new HashMap<>();
	private final Map<String, String> strings = new HashMap<>();
	/** The features written of each object being written, innermost last. */
	private final Deque<List<EStructuralFeature>> written = new ArrayDeque<>();
	private int depth;

	private DesignText() {
	}

	/** The text of a design model. */
	public static String of(DdcModel model) {
		return new DesignText().write(model);
	}

	private String write(DdcModel model) {
		begin(model);
		written.peek().add(Literals.DDC_MODEL__ELEMENTS);
		boolean first = true;
		for (Element element : model.getElements()) {
			if (!first) {
				out.append('\n');
			}
			first = false;
			element(element);
		}
		end(model);
		return out.toString();
	}

	private void element(Element element) {
		switch (element) {
		case Design design -> design(design);
		case IsolationDomain domain -> isolationDomain(domain);
		case Workload workload -> workload(workload);
		case WorkloadGroup group -> workloadGroup(group);
		case HostDesign host -> hostDesign(host);
		case ManagementServer server -> managementServer(server);
		case VmmInstance vmm -> vmmInstance(vmm);
		case OpsMgrGroup group -> opsMgrGroup(group);
		case ConfigMgrSite site -> configMgrSite(site);
		case StorageSystem storage -> storageSystem(storage);
		case StorageSwitch storageSwitch -> storageSwitch(storageSwitch);
		case BackupPlan plan -> backupPlan(plan);
		case Subnet subnet -> subnet(subnet);
		case NetworkSwitch networkSwitch -> networkSwitch(networkSwitch);
		case LoadBalancer balancer -> loadBalancer(balancer);
		case Firewall firewall -> firewall(firewall);
		case Rack rack -> rack(rack);
		case PowerFeed feed -> powerFeed(feed);
		default -> throw new IllegalArgumentException("cannot write a " + element.eClass().getName());
		}
	}

	// ------------------------------------------------------------------ elements

	private void design(Design design) {
		open("design", design);
		string("description", design, Literals.ELEMENT__DESCRIPTION);
		value("platform", design, Literals.DESIGN__PLATFORM);
		value("locations", design, Literals.DESIGN__LOCATIONS);
		value("tenants", design, Literals.DESIGN__TENANTS);
		value("greenfield", design, Literals.DESIGN__GREENFIELD);
		value("vdi", design, Literals.DESIGN__VDI);
		if (set(design, Literals.DESIGN__REFERENCE_CPU)) {
			line("reference-cpu");
			cpu(design.getReferenceCpu());
			endLine();
		}
		if (set(design, Literals.DESIGN__POLICY)) {
			policy(design.getPolicy());
		}
		if (set(design, Literals.DESIGN__MANAGEMENT)) {
			management(design.getManagement());
		}
		close(design);
	}

	private void policy(SizingPolicy policy) {
		openNested("policy", policy);
		value("peak-buffer", policy, Literals.SIZING_POLICY__PEAK_BUFFER);
		value("growth", policy, Literals.SIZING_POLICY__GROWTH);
		if (set(policy, Literals.SIZING_POLICY__FAILOVER_RESERVE)) {
			line("failover-reserve").word("N").word("+").word(text(policy.getFailoverReserve()));
			endLine();
		}
		string("growth-basis", policy, Literals.SIZING_POLICY__GROWTH_BASIS);
		value("host-reserve", policy, Literals.SIZING_POLICY__HOST_RESERVE);
		value("read-ratio", policy, Literals.SIZING_POLICY__READ_RATIO);
		value("io-size", policy, Literals.SIZING_POLICY__IO_SIZE);
		value("backup-io", policy, Literals.SIZING_POLICY__BACKUP_IO);
		close(policy);
	}

	private void management(ManagementPolicy management) {
		openNested("management", management);
		value("reuse-existing", management, Literals.MANAGEMENT_POLICY__REUSE_EXISTING);
		value("guests-in-scope", management, Literals.MANAGEMENT_POLICY__GUEST_SCOPE);
		value("forests", management, Literals.MANAGEMENT_POLICY__FORESTS);
		value("domains", management, Literals.MANAGEMENT_POLICY__DOMAINS);
		value("ad-sites", management, Literals.MANAGEMENT_POLICY__AD_SITES);
		value("ad-integrated-dns", management, Literals.MANAGEMENT_POLICY__AD_INTEGRATED_DNS);
		value("windows7-clients", management, Literals.MANAGEMENT_POLICY__WINDOWS7_CLIENTS);
		value("new-forest", management, Literals.MANAGEMENT_POLICY__NEW_FOREST);
		close(management);
	}

	/** {@code 2 x 16 cores 2.6 GHz intel}, on the current line. */
	private void cpu(CpuSpec cpu) {
		begin(cpu);
		mark(Literals.CPU_SPEC__SOCKETS, Literals.CPU_SPEC__CORES_PER_SOCKET, Literals.CPU_SPEC__CLOCK);
		word(text(cpu.getSockets())).word("x").word(text(cpu.getCoresPerSocket())).word("cores").word(text(cpu.getClock()));
		if (set(cpu, Literals.CPU_SPEC__VENDOR)) {
			word(text(cpu.getVendor()));
		}
		if (set(cpu, Literals.CPU_SPEC__THREADS_PER_CORE)) {
			word("threads").word(text(cpu.getThreadsPerCore()));
		}
		end(cpu);
	}

	private void isolationDomain(IsolationDomain domain) {
		boolean block = domain.eIsSet(Literals.ELEMENT__DESCRIPTION) || domain.eIsSet(Literals.ISOLATION_DOMAIN__KIND)
				|| domain.eIsSet(Literals.ISOLATION_DOMAIN__BASIS);
		if (!block) {
			begin(domain);
			mark(Literals.ELEMENT__NAME);
			line("isolation-domain").word(name(domain.getName()));
			endLine();
			end(domain);
			return;
		}
		open("isolation-domain", domain);
		string("description", domain, Literals.ELEMENT__DESCRIPTION);
		value("kind", domain, Literals.ISOLATION_DOMAIN__KIND);
		string("basis", domain, Literals.ISOLATION_DOMAIN__BASIS);
		close(domain);
	}

	private void workload(Workload workload) {
		open("workload", workload);
		string("description", workload, Literals.ELEMENT__DESCRIPTION);
		string("application", workload, Literals.WORKLOAD__APPLICATION);
		strings("os", workload, Literals.WORKLOAD__OPERATING_SYSTEMS);
		value("kind", workload, Literals.WORKLOAD__KIND);
		value("instances", workload, Literals.WORKLOAD__INSTANCES);
		value("memory", workload, Literals.WORKLOAD__MEMORY);
		value("cpu", workload, Literals.WORKLOAD__CPU);
		value("vcpus", workload, Literals.WORKLOAD__VCPUS);
		value("disk", workload, Literals.WORKLOAD__DISK);
		value("iops", workload, Literals.WORKLOAD__IOPS);
		values("subnets", workload, Literals.WORKLOAD__SUBNETS);
		value("throughput", workload, Literals.WORKLOAD__THROUGHPUT);
		if (set(workload, Literals.WORKLOAD__ISOLATION)) {
			line("isolation").word(name(workload.getIsolation().getName()));
			endLine();
		} else if (set(workload, Literals.WORKLOAD__ISOLATION_REQUIRED)) {
			refuseUnless(!workload.isIsolationRequired(), workload, "'isolation required' without a domain");
			line("isolation").word("none");
			endLine();
		}
		value("virtualization-supported", workload, Literals.WORKLOAD__VIRTUALIZATION_SUPPORTED);
		if (set(workload, Literals.WORKLOAD__FAULT_TOLERANCE_REQUIRED)) {
			line("fault-tolerance").word(workload.isFaultToleranceRequired() ? "required" : "not-required");
			if (set(workload, Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH)) {
				word("approach").word(text(workload.getFaultToleranceApproach()));
			}
			endLine();
		}
		value("in-scope", workload, Literals.WORKLOAD__IN_SCOPE);
		value("group", workload, Literals.WORKLOAD__GROUP);
		values("vendor-support", workload, Literals.WORKLOAD__VENDOR_SUPPORT);
		value("managed", workload, Literals.WORKLOAD__MANAGED);
		if (set(workload, Literals.WORKLOAD__ESTIMATED) && workload.isEstimated()) {
			line("estimated");
			endLine();
		}
		value("stateful", workload, Literals.WORKLOAD__STATEFUL);
		value("cluster-aware", workload, Literals.WORKLOAD__CLUSTER_AWARE);
		value("rpo", workload, Literals.WORKLOAD__RPO);
		value("rto", workload, Literals.WORKLOAD__RTO);
		value("virtual-fc-adapters", workload, Literals.WORKLOAD__VIRTUAL_FC_ADAPTERS);
		close(workload);
	}

	private void workloadGroup(WorkloadGroup group) {
		open("workload-group", group);
		string("description", group, Literals.ELEMENT__DESCRIPTION);
		value("host-design", group, Literals.WORKLOAD_GROUP__HOST_DESIGN);
		value("cluster", group, Literals.WORKLOAD_GROUP__CLUSTER);
		value("tier", group, Literals.WORKLOAD_GROUP__TIER);
		value("isolation", group, Literals.WORKLOAD_GROUP__ISOLATION);
		close(group);
	}

	private void hostDesign(HostDesign host) {
		open("host-design", host);
		device(host);
		value("quantity", host, Literals.HOST_DESIGN__QUANTITY);
		value("cluster-size", host, Literals.HOST_DESIGN__CLUSTER_SIZE);
		value("form-factor", host, Literals.HOST_DESIGN__FORM_FACTOR);
		value("tier", host, Literals.HOST_DESIGN__TIER);
		if (set(host, Literals.HOST_DESIGN__CPU)) {
			line("cpu");
			cpu(host.getCpu());
			endLine();
		}
		value("memory", host, Literals.HOST_DESIGN__MEMORY);
		value("boot-from-san", host, Literals.HOST_DESIGN__BOOT_FROM_SAN);
		values("storage", host, Literals.HOST_DESIGN__STORAGE_SYSTEMS);
		if (set(host, Literals.HOST_DESIGN__ADAPTERS)) {
			host.getAdapters().forEach(this::adapter);
		}
		if (set(host, Literals.HOST_DESIGN__TEAMS)) {
			host.getTeams().forEach(this::team);
		}
		if (set(host, Literals.HOST_DESIGN__HBAS)) {
			host.getHbas().forEach(this::hba);
		}
		values("roles", host, Literals.HOST_DESIGN__ROLES);
		close(host);
	}

	private void adapter(NetworkAdapter adapter) {
		begin(adapter);
		mark(Literals.NETWORK_ADAPTER__NAME);
		line("adapter").word(name(adapter.getName()));
		if (set(adapter, Literals.NETWORK_ADAPTER__PORT_COUNT)) {
			word("ports").word(text(adapter.getPortCount()));
		}
		if (set(adapter, Literals.NETWORK_ADAPTER__SPEED)) {
			word("speed").word(text(adapter.getSpeed()));
		}
		if (set(adapter, Literals.NETWORK_ADAPTER__PURPOSES)) {
			word("purpose").list(adapter.getPurposes());
		}
		if (set(adapter, Literals.NETWORK_ADAPTER__VLAN_TAGGING) && adapter.isVlanTagging()) {
			word("vlan-tagging");
		}
		if (set(adapter, Literals.NETWORK_ADAPTER__PORTS)) {
			word("{");
			endLine();
			depth++;
			for (PortConnection port : adapter.getPorts()) {
				begin(port);
				mark(Literals.PORT_CONNECTION__INDEX);
				line("port").word(text(port.getIndex()));
				connection(port);
				endLine();
				end(port);
			}
			depth--;
			line("}");
		}
		endLine();
		end(adapter);
	}

	/** {@code switch SW-A subnets NET-1, NET-2 pathway "…"} on the current line (the port's or interface's rest). */
	private void connection(PortConnection connection) {
		if (set(connection, Literals.PORT_CONNECTION__SWITCH)) {
			word("switch").word(name(connection.getSwitch().getName()));
		} else if (set(connection, Literals.PORT_CONNECTION__STORAGE_SWITCH)) {
			word("storage-switch").word(name(connection.getStorageSwitch().getName()));
		}
		if (set(connection, Literals.PORT_CONNECTION__SUBNETS)) {
			word("subnets").list(connection.getSubnets());
		}
		if (set(connection, Literals.PORT_CONNECTION__PATHWAY)) {
			word("pathway").word(string(connection.getPathway()));
		}
	}

	/** An interface or management port: {@code switch …} only (no port index, no storage switch). */
	private void switchConnection(String keyword, PortConnection connection) {
		begin(connection);
		refuseUnless(!connection.eIsSet(Literals.PORT_CONNECTION__INDEX)
				&& !connection.eIsSet(Literals.PORT_CONNECTION__STORAGE_SWITCH), connection, "a port index or storage switch");
		mark(Literals.PORT_CONNECTION__SWITCH);
		line(keyword);
		connection(connection);
		endLine();
		end(connection);
	}

	private void team(NicTeam team) {
		begin(team);
		mark(Literals.NIC_TEAM__NAME, Literals.NIC_TEAM__MEMBERS);
		line("team").word(name(team.getName())).word("members").list(team.getMembers());
		if (set(team, Literals.NIC_TEAM__MODE)) {
			word("mode").word(text(team.getMode()));
		}
		endLine();
		end(team);
	}

	private void hba(Hba hba) {
		begin(hba);
		mark(Literals.HBA__NAME, Literals.HBA__KIND);
		line("hba").word(name(hba.getName())).word(text(hba.getKind()));
		if (set(hba, Literals.HBA__PORT_COUNT)) {
			word("ports").word(text(hba.getPortCount()));
		}
		if (set(hba, Literals.HBA__SPEED)) {
			word("speed").word(text(hba.getSpeed()));
		}
		if (set(hba, Literals.HBA__PURPOSE)) {
			word("purpose").word(text(hba.getPurpose()));
		}
		if (set(hba, Literals.HBA__STORAGE_SWITCH)) {
			word("switch").word(name(hba.getStorageSwitch().getName()));
		}
		if (set(hba, Literals.HBA__SUBNET)) {
			word("subnet").word(name(hba.getSubnet().getName()));
		}
		endLine();
		end(hba);
	}

	private void managementServer(ManagementServer server) {
		open("management-server", server);
		device(server);
		values("roles", server, Literals.MANAGEMENT_SERVER__ROLES);
		if (set(server, Literals.MANAGEMENT_SERVER__RUNS)) {
			line("runs").word(text(server.getRuns()));
			if (set(server, Literals.MANAGEMENT_SERVER__GROUP)) {
				word("on").word(name(server.getGroup().getName()));
			}
			endLine();
		}
		value("count", server, Literals.MANAGEMENT_SERVER__COUNT);
		value("memory", server, Literals.MANAGEMENT_SERVER__MEMORY);
		value("cpu", server, Literals.MANAGEMENT_SERVER__CPU);
		value("vcpus", server, Literals.MANAGEMENT_SERVER__VCPUS);
		value("disk", server, Literals.MANAGEMENT_SERVER__DISK);
		value("iops", server, Literals.MANAGEMENT_SERVER__IOPS);
		if (set(server, Literals.MANAGEMENT_SERVER__CONNECTIONS)) {
			server.getConnections().forEach(c -> switchConnection("interface", c));
		}
		values("capabilities", server, Literals.MANAGEMENT_SERVER__CAPABILITIES);
		close(server);
	}

	private void vmmInstance(VmmInstance vmm) {
		open("vmm-instance", vmm);
		string("description", vmm, Literals.ELEMENT__DESCRIPTION);
		values("servers", vmm, Literals.VMM_INSTANCE__SERVERS);
		values("manages", vmm, Literals.VMM_INSTANCE__MANAGES);
		values("manages-clusters", vmm, Literals.VMM_INSTANCE__MANAGED_CLUSTERS);
		values("capabilities", vmm, Literals.VMM_INSTANCE__CAPABILITIES);
		close(vmm);
	}

	private void opsMgrGroup(OpsMgrGroup group) {
		open("opsmgr-group", group);
		string("description", group, Literals.ELEMENT__DESCRIPTION);
		values("servers", group, Literals.OPS_MGR_GROUP__SERVERS);
		value("vmm", group, Literals.OPS_MGR_GROUP__VMM);
		values("capabilities", group, Literals.OPS_MGR_GROUP__CAPABILITIES);
		strings("management-packs", group, Literals.OPS_MGR_GROUP__MANAGEMENT_PACKS);
		string("reason", group, Literals.OPS_MGR_GROUP__REASON);
		close(group);
	}

	private void configMgrSite(ConfigMgrSite site) {
		open("configmgr-site", site);
		string("description", site, Literals.ELEMENT__DESCRIPTION);
		values("servers", site, Literals.CONFIG_MGR_SITE__SERVERS);
		values("site-roles", site, Literals.CONFIG_MGR_SITE__SITE_ROLES);
		values("capabilities", site, Literals.CONFIG_MGR_SITE__CAPABILITIES);
		close(site);
	}

	private void storageSystem(StorageSystem storage) {
		open("storage-system", storage);
		device(storage);
		value("type", storage, Literals.STORAGE_SYSTEM__TYPE);
		value("protocol", storage, Literals.STORAGE_SYSTEM__PROTOCOL);
		if (set(storage, Literals.STORAGE_SYSTEM__DISK_GROUPS)) {
			storage.getDiskGroups().forEach(this::diskGroup);
		}
		if (set(storage, Literals.STORAGE_SYSTEM__PROCESSORS)) {
			storage.getProcessors().forEach(this::processor);
		}
		value("multipath", storage, Literals.STORAGE_SYSTEM__MULTIPATH);
		if (set(storage, Literals.STORAGE_SYSTEM__MANAGEMENT_PORT)) {
			switchConnection("management-port", storage.getManagementPort());
		}
		close(storage);
	}

	private void diskGroup(DiskGroup group) {
		begin(group);
		mark(Literals.DISK_GROUP__COUNT, Literals.DISK_GROUP__SIZE, Literals.DISK_GROUP__KIND);
		line("disks").word(text(group.getCount())).word("x").word(text(group.getSize())).word(text(group.getKind()));
		if (set(group, Literals.DISK_GROUP__IOPS_PER_DISK)) {
			word(text(group.getIopsPerDisk()));
		}
		if (set(group, Literals.DISK_GROUP__RAID)) {
			word(text(group.getRaid()));
		}
		if (set(group, Literals.DISK_GROUP__HOT_SPARES)) {
			word("hot-spares").word(text(group.getHotSpares()));
		}
		endLine();
		end(group);
	}

	private void processor(StorageProcessor processor) {
		begin(processor);
		mark(Literals.STORAGE_PROCESSOR__NAME);
		line("processor").word(name(processor.getName()));
		if (set(processor, Literals.STORAGE_PROCESSOR__SWITCHES)) {
			word("switches").list(processor.getSwitches());
		}
		endLine();
		end(processor);
	}

	private void storageSwitch(StorageSwitch storageSwitch) {
		open("storage-switch", storageSwitch);
		device(storageSwitch);
		value("protocol", storageSwitch, Literals.STORAGE_SWITCH__PROTOCOL);
		value("ports", storageSwitch, Literals.STORAGE_SWITCH__PORT_COUNT);
		value("speed", storageSwitch, Literals.STORAGE_SWITCH__SPEED);
		value("partner", storageSwitch, Literals.STORAGE_SWITCH__PARTNER);
		value("interconnect", storageSwitch, Literals.STORAGE_SWITCH__INTERCONNECT);
		if (set(storageSwitch, Literals.STORAGE_SWITCH__MANAGEMENT_PORT)) {
			switchConnection("management-port", storageSwitch.getManagementPort());
		}
		close(storageSwitch);
	}

	private void backupPlan(BackupPlan plan) {
		open("backup-plan", plan);
		string("description", plan, Literals.ELEMENT__DESCRIPTION);
		value("approach", plan, Literals.BACKUP_PLAN__APPROACH);
		string("product", plan, Literals.BACKUP_PLAN__PRODUCT);
		value("rpo", plan, Literals.BACKUP_PLAN__RPO);
		value("rto", plan, Literals.BACKUP_PLAN__RTO);
		values("workloads", plan, Literals.BACKUP_PLAN__WORKLOADS);
		values("groups", plan, Literals.BACKUP_PLAN__GROUPS);
		value("target", plan, Literals.BACKUP_PLAN__TARGET);
		values("capabilities", plan, Literals.BACKUP_PLAN__CAPABILITIES);
		value("covers-infrastructure", plan, Literals.BACKUP_PLAN__COVERS_INFRASTRUCTURE);
		close(plan);
	}

	private void subnet(Subnet subnet) {
		open("subnet", subnet);
		string("description", subnet, Literals.ELEMENT__DESCRIPTION);
		string("cidr", subnet, Literals.SUBNET__CIDR);
		value("vlan", subnet, Literals.SUBNET__VLAN);
		value("purpose", subnet, Literals.SUBNET__PURPOSE);
		values("switches", subnet, Literals.SUBNET__SWITCHES);
		values("storage-switches", subnet, Literals.SUBNET__STORAGE_SWITCHES);
		value("isolated", subnet, Literals.SUBNET__ISOLATED);
		close(subnet);
	}

	private void networkSwitch(NetworkSwitch networkSwitch) {
		open("switch", networkSwitch);
		device(networkSwitch);
		value("ports", networkSwitch, Literals.NETWORK_SWITCH__PORT_COUNT);
		value("speed", networkSwitch, Literals.NETWORK_SWITCH__SPEED);
		value("managed", networkSwitch, Literals.NETWORK_SWITCH__MANAGED);
		values("capabilities", networkSwitch, Literals.NETWORK_SWITCH__CAPABILITIES);
		value("partner", networkSwitch, Literals.NETWORK_SWITCH__PARTNER);
		value("interconnect", networkSwitch, Literals.NETWORK_SWITCH__INTERCONNECT);
		if (set(networkSwitch, Literals.NETWORK_SWITCH__MANAGEMENT_PORT)) {
			switchConnection("management-port", networkSwitch.getManagementPort());
		}
		value("role", networkSwitch, Literals.NETWORK_SWITCH__ROLE);
		close(networkSwitch);
	}

	private void loadBalancer(LoadBalancer balancer) {
		open("load-balancer", balancer);
		device(balancer);
		value("kind", balancer, Literals.LOAD_BALANCER__KIND);
		string("type", balancer, Literals.LOAD_BALANCER__TYPE);
		value("quantity", balancer, Literals.LOAD_BALANCER__QUANTITY);
		values("capabilities", balancer, Literals.LOAD_BALANCER__CAPABILITIES);
		string("algorithm", balancer, Literals.LOAD_BALANCER__ALGORITHM);
		values("serves", balancer, Literals.LOAD_BALANCER__SERVES);
		if (set(balancer, Literals.LOAD_BALANCER__INTERFACES)) {
			balancer.getInterfaces().forEach(c -> switchConnection("interface", c));
		}
		close(balancer);
	}

	private void firewall(Firewall firewall) {
		open("firewall", firewall);
		device(firewall);
		string("type", firewall, Literals.FIREWALL__TYPE);
		value("quantity", firewall, Literals.FIREWALL__QUANTITY);
		value("position", firewall, Literals.FIREWALL__POSITION);
		values("capabilities", firewall, Literals.FIREWALL__CAPABILITIES);
		values("serves", firewall, Literals.FIREWALL__SERVES);
		if (set(firewall, Literals.FIREWALL__INTERFACES)) {
			firewall.getInterfaces().forEach(c -> switchConnection("interface", c));
		}
		close(firewall);
	}

	private void rack(Rack rack) {
		open("rack", rack);
		string("description", rack, Literals.ELEMENT__DESCRIPTION);
		value("height", rack, Literals.RACK__HEIGHT);
		value("power-budget", rack, Literals.RACK__POWER_BUDGET);
		if (set(rack, Literals.RACK__CIRCUITS)) {
			for (PowerCircuit circuit : rack.getCircuits()) {
				begin(circuit);
				mark(Literals.POWER_CIRCUIT__FEED);
				line("feed").word(name(circuit.getFeed().getName()));
				if (set(circuit, Literals.POWER_CIRCUIT__CAPACITY)) {
					word(text(circuit.getCapacity()));
				}
				endLine();
				end(circuit);
			}
		}
		string("location", rack, Literals.RACK__LOCATION);
		close(rack);
	}

	private void powerFeed(PowerFeed feed) {
		boolean block = feed.eIsSet(Literals.ELEMENT__DESCRIPTION) || feed.eIsSet(Literals.POWER_FEED__CAPACITY)
				|| feed.eIsSet(Literals.POWER_FEED__SOURCE);
		if (!block) {
			begin(feed);
			mark(Literals.ELEMENT__NAME);
			line("power-feed").word(name(feed.getName()));
			endLine();
			end(feed);
			return;
		}
		open("power-feed", feed);
		string("description", feed, Literals.ELEMENT__DESCRIPTION);
		value("capacity", feed, Literals.POWER_FEED__CAPACITY);
		string("source", feed, Literals.POWER_FEED__SOURCE);
		close(feed);
	}

	/** The attributes every device has, first in its block as in the grammar's DeviceAttribute. */
	private void device(Device device) {
		string("description", device, Literals.ELEMENT__DESCRIPTION);
		string("model", device, Literals.DEVICE__MODEL);
		value("height", device, Literals.DEVICE__HEIGHT);
		value("power-draw", device, Literals.DEVICE__POWER_DRAW);
		if (set(device, Literals.DEVICE__POWER_SUPPLIES)) {
			PowerSupplies supplies = device.getPowerSupplies();
			begin(supplies);
			mark(Literals.POWER_SUPPLIES__COUNT);
			line("power-supplies").word(text(supplies.getCount()));
			if (set(supplies, Literals.POWER_SUPPLIES__REDUNDANT) && supplies.isRedundant()) {
				word("redundant");
			}
			if (set(supplies, Literals.POWER_SUPPLIES__RATING)) {
				word("rating").word(text(supplies.getRating()));
			}
			if (set(supplies, Literals.POWER_SUPPLIES__FEEDS)) {
				word("feeds").list(supplies.getFeeds());
			}
			endLine();
			end(supplies);
		}
		values("features", device, Literals.DEVICE__FEATURES);
		value("scaling-validated", device, Literals.DEVICE__SCALING_VALIDATED);
		if (set(device, Literals.DEVICE__PLACEMENTS)) {
			for (Placement placement : device.getPlacements()) {
				begin(placement);
				mark(Literals.PLACEMENT__RACK, Literals.PLACEMENT__POSITION);
				line("placement").word(name(placement.getRack().getName())).word("at").word("U")
						.word(text(placement.getPosition()));
				if (set(placement, Literals.PLACEMENT__COUNT)) {
					word("count").word(text(placement.getCount()));
				}
				endLine();
				end(placement);
			}
		}
	}

	// ------------------------------------------------------------------ attributes

	/** {@code keyword value}, when the attribute is set; for a list, one such line per value. */
	private void value(String keyword, EObject owner, EStructuralFeature feature) {
		if (!set(owner, feature)) {
			return;
		}
		if (feature.isMany()) {
			values(keyword, owner, feature);
			return;
		}
		line(keyword).word(text(owner.eGet(feature)));
		endLine();
	}

	/** One {@code keyword value} line per value of a list attribute, as the serializer writes them. */
	private void values(String keyword, EObject owner, EStructuralFeature feature) {
		if (!set(owner, feature)) {
			return;
		}
		for (Object value : (List<?>) owner.eGet(feature)) {
			line(keyword).word(text(value));
			endLine();
		}
	}

	private void string(String keyword, EObject owner, EStructuralFeature feature) {
		if (set(owner, feature)) {
			line(keyword).word(string((String) owner.eGet(feature)));
			endLine();
		}
	}

	private void strings(String keyword, EObject owner, EStructuralFeature feature) {
		if (set(owner, feature)) {
			for (Object value : (List<?>) owner.eGet(feature)) {
				line(keyword).word(string((String) value));
				endLine();
			}
		}
	}

	/** Whether an attribute is set; marks it as written (the caller writes it when it is). */
	private boolean set(EObject owner, EStructuralFeature feature) {
		mark(feature);
		return owner.eIsSet(feature);
	}

	private String text(Object value) {
		return switch (value) {
		case Boolean yes -> yes ? "yes" : "no";
		case Enumerator literal -> literal.getLiteral();
		case EObject target -> name((String) target.eGet(target.eClass().getEStructuralFeature("name")));
		default -> value.toString(); // whole numbers; quantities print as literals ("4 GB")
		};
	}

	private String name(String name) {
		return names.computeIfAbsent(name, DesignText::nameText);
	}

	private String string(String value) {
		return strings.computeIfAbsent(value, DesignText::stringText);
	}

	/** A name as the language writes it: plain when an identifier that is no keyword, else quoted. */
	public static String nameText(String name) {
		return PLAIN_ID.matcher(name).matches() && !keywords().contains(name) ? name : stringText(name);
	}

	/** A string as the language writes it: in double quotes, with Java's escapes (Xtext's STRING converter). */
	public static String stringText(String value) {
		return '"' + Strings.convertToJavaString(value, false) + '"';
	}

	/** The keywords of the .ddc language. */
	public static synchronized Set<String> keywords() {
		if (keywords == null) {
			Set<String> read = new HashSet<>();
			try (InputStream in = DdcStandaloneSetup.class.getResourceAsStream(TOKENS)) {
				if (in == null) {
					throw new IllegalStateException("the language's token list " + TOKENS + " is missing");
				}
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					Matcher keyword = KEYWORD_TOKEN.matcher(line);
					if (keyword.matches()) {
						read.add(keyword.group(1).replaceAll("\\\\(.)", "$1"));
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			keywords = Set.copyOf(read);
		}
		return keywords;
	}

	// ------------------------------------------------------------------ layout

	/** {@code keyword NAME {} and one level deeper. */
	private void open(String keyword, Element element) {
		begin(element);
		mark(Literals.ELEMENT__NAME);
		line(keyword).word(name(element.getName())).word("{");
		endLine();
		depth++;
	}

	/** A block without a name ({@code policy {}). */
	private void openNested(String keyword, EObject object) {
		begin(object);
		line(keyword).word("{");
		endLine();
		depth++;
	}

	private void close(EObject object) {
		depth--;
		line("}");
		endLine();
		end(object);
	}

	private DesignText line(String first) {
		for (int i = 0; i < depth; i++) {
			out.append('\t');
		}
		out.append(first);
		return this;
	}

	private DesignText word(String word) {
		out.append(' ').append(word);
		return this;
	}

	/** Values separated by commas: {@code FEED-A, FEED-B}. */
	private DesignText list(List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			out.append(i == 0 ? " " : ", ").append(text(values.get(i)));
		}
		return this;
	}

	private void endLine() {
		out.append('\n');
	}

	// ------------------------------------------------------------------ nothing left out

	private void begin(EObject object) {
		written.push(new ArrayList<>());
	}

	private void mark(EStructuralFeature... features) {
		List<EStructuralFeature> list = written.peek();
		for (EStructuralFeature feature : features) {
			list.add(feature);
		}
	}

	/** Refuses an object with an attribute set that was not written. */
	private void end(EObject object) {
		List<EStructuralFeature> done = written.pop();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!feature.isDerived() && !done.contains(feature) && object.eIsSet(feature)) {
				throw new IllegalArgumentException("cannot write '" + feature.getName() + "' of a "
						+ object.eClass().getName() + ": the generator does not set it");
			}
		}
	}

	private static void refuseUnless(boolean writable, EObject object, String what) {
		if (!writable) {
			throw new IllegalArgumentException("cannot write " + what + " of a " + object.eClass().getName());
		}
	}
}
