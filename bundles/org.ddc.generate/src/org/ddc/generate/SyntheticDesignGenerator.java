package org.ddc.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.StorageCapacity;
import org.ddc.analysis.StorageLoad;
import org.eclipse.emf.ecore.EObject;
import org.ddc.model.BackupApproach;
import org.ddc.model.BackupCapability;
import org.ddc.model.HostRole;
import org.ddc.model.ServiceCapability;
import org.ddc.model.SiteSystemRole;
import org.ddc.model.BackupPlan;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.CpuSpec;
import org.ddc.model.CpuVendor;
import org.ddc.model.DdcFactory;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.ddc.model.Device;
import org.ddc.model.DiskGroup;
import org.ddc.model.DiskKind;
import org.ddc.model.Feature;
import org.ddc.model.Firewall;
import org.ddc.model.FirewallCapability;
import org.ddc.model.FirewallPosition;
import org.ddc.model.FormFactor;
import org.ddc.model.GuestScope;
import org.ddc.model.Hba;
import org.ddc.model.HbaKind;
import org.ddc.model.HbaPurpose;
import org.ddc.model.HostDesign;
import org.ddc.model.IsolationDomain;
import org.ddc.model.IsolationKind;
import org.ddc.model.LoadBalancer;
import org.ddc.model.LoadBalancerCapability;
import org.ddc.model.LoadBalancerKind;
import org.ddc.model.ManagementPolicy;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicPurpose;
import org.ddc.model.NicTeam;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.PlatformVersion;
import org.ddc.model.PortConnection;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.model.Rack;
import org.ddc.model.RaidLevel;
import org.ddc.model.ServerPlacement;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.Subnet;
import org.ddc.model.SwitchCapability;
import org.ddc.model.SwitchProtocol;
import org.ddc.model.TeamingMode;
import org.ddc.model.VmmInstance;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Duration;
import org.ddc.model.units.Frequency;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Power;
import org.ddc.model.units.RackSpace;
import org.ddc.model.units.Unit;
import org.ddc.rules.limits.ScaleLimits;

/**
 * Builds a realistic, valid design of any size for benchmarks and tests: workloads drawn from typical profiles,
 * grouped by kind (plus an isolated PCI group), one clustered host design per group with the hosts {@link HostCount}
 * gives it, a switch pair per group, Fibre Channel SANs with partner switches, management servers partitioned by the
 * VMM and Operations Manager limits, a load balancer and firewall pair, and racks filled bottom-up: compute racks
 * with no two hosts of a host design in one rack ({@link SpreadRacks}), a rack per SAN, management racks.
 *
 * <p>
 * The numbers here describe the synthetic datacenter (its policy, its hardware, how workloads are grouped); every
 * quantity that follows from them is sized with the shared sizing of {@code org.ddc.analysis} ({@link Sizing},
 * {@link Demand}, {@link StorageCapacity}, {@link StorageLoad}) under the design's own policy and with the product
 * limits of the cited limits catalog ({@link PlatformLimits}), as the rules check them. Generation is linear in the
 * number of workloads.
 */
public final class SyntheticDesignGenerator {
	/** The largest design generated (see "Limits" in the README). */
	public static final int MAX_WORKLOADS = 100_000;
	/** {@link #MAX_WORKLOADS} as a compile-time constant text, for annotations. */
	public static final String MAX_WORKLOADS_TEXT = "" + MAX_WORKLOADS;
	/** The platform of every generated design. */
	static final PlatformVersion PLATFORM = PlatformVersion.HYPERV2012R2;
	// the design's sizing policy: what the architect declares, read back through Sizing like any design's
	static final int PEAK_BUFFER_PERCENT = 20;
	static final int GROWTH_PERCENT = 15;
	static final int FAILOVER_RESERVE = 1;
	/** The I/O backups add to the storage they read from, as a share of the backed-up workloads' IOPS. */
	static final int BACKUP_IO_PERCENT = 20;
	// how workloads are grouped and served
	static final int WORKLOADS_PER_GROUP = 200;
	static final int GROUPS_PER_SAN = 2;
	static final int LB_WORKLOADS_PER_PAIR = 250;
	/** VMM and Operations Manager servers of a management domain: a redundant pair each. */
	static final int MANAGEMENT_PAIR = 2;
	static final double PCI_SHARE = 0.03;
	// the hardware: hosts, Fibre Channel, disks
	static final int HOST_MEMORY_GB = 512;
	static final int HOST_HEIGHT_U = 2;
	static final double HOST_DRAW_W = 450;
	/** Fibre Channel link speed of HBAs, storage switches and storage processors. */
	static final int FC_GBPS = 32;
	static final int SSD_IOPS = 5000;
	static final double SSD_TB = 1.6;
	static final int NEARLINE_IOPS = 80;
	static final int NEARLINE_TB = 8;
	/** Data disks per hot spare; the smallest RAID 10 and RAID 6 (10 + 2) groups. */
	static final int DISKS_PER_SPARE = 24;
	static final int MIN_RAID10_DISKS = 4;
	static final int MIN_RAID6_DISKS = 12;
	static final int DISKS_PER_SHELF = 24;

	private final DdcFactory f = DdcFactory.eINSTANCE;
	private final Random random;
	private final int workloadCount;
	private final PlatformLimits limits;
	private final HostCount hostCount;
	private Design design;
	private final DdcModel model = f.createDdcModel();
	private final Map<NicPurpose, Subnet> infrastructureSubnets = new EnumMap<>(NicPurpose.class);
	/** The two independent power feeds every rack draws a circuit from and every device connects to. */
	private final List<PowerFeed> feeds = List.of(powerFeed("FEED-A", "UPS A"), powerFeed("FEED-B", "UPS B"));
	private final SpreadRacks computeRacks = new SpreadRacks("RK-C", feeds);
	private final RackPacker coreRacks = new RackPacker("RK-M", feeds);
	private int nextVlan = 100;
	private NetworkSwitch coreA;
	private NetworkSwitch coreB;

	private SyntheticDesignGenerator(int workloadCount, long seed, PlatformLimits limits, HostCount hostCount) {
		this.workloadCount = workloadCount;
		this.random = new Random(seed);
		this.limits = limits;
		this.hostCount = hostCount;
	}

	/** The limits of the generated designs' platform, from the limits catalog. */
	public static PlatformLimits limits() {
		return PlatformLimits.of(ScaleLimits.load(), PLATFORM);
	}

	/**
	 * A design with {@code workloads} workloads (1 to {@link #MAX_WORKLOADS}), host counts from {@link HostCount#placement};
	 * the same seed gives the same design.
	 */
	public static DdcModel generate(int workloads, long seed) {
		PlatformLimits limits = limits();
		return generate(workloads, seed, limits, HostCount.placement(limits));
	}

	/** A design whose host designs get the hosts {@code hostCount} gives them. */
	public static DdcModel generate(int workloads, long seed, PlatformLimits limits, HostCount hostCount) {
		if (workloads < 1 || workloads > MAX_WORKLOADS) {
			throw new IllegalArgumentException("a design has 1 to " + MAX_WORKLOADS + " workloads, not " + workloads);
		}
		return new SyntheticDesignGenerator(workloads, seed, limits, hostCount).build();
	}

	private DdcModel build() {
		addDesignHeader();
		coreA = addSwitch("SW-CORE-A", 96);
		coreB = addSwitch("SW-CORE-B", 96);
		pair(coreA, coreB);
		addInfrastructureSubnets();
		IsolationDomain pci = f.createIsolationDomain();
		pci.setName("PCI");
		pci.setKind(IsolationKind.PHYSICAL);
		pci.setBasis("PCI DSS: cardholder data environment on dedicated hosts");
		model.getElements().add(pci);

		List<GroupPlan> groups = planGroups(pci);
		List<Workload> loadBalanced = new ArrayList<>();
		for (GroupPlan group : groups) {
			addGroup(group);
			group.workloads.stream().filter(w -> w.getFaultToleranceApproach() == org.ddc.model.FaultToleranceApproach.LOAD_BALANCING)
					.forEach(loadBalanced::add);
		}
		addStorage(groups);
		addManagement(groups);
		addLoadBalancersAndFirewalls(loadBalanced);
		addBackup(groups);
		sizeCoreSwitch(coreA);
		sizeCoreSwitch(coreB);
		placeCoreDevices();
		model.getElements().addAll(computeRacks.place());
		model.getElements().addAll(coreRacks.racks());
		addPowerFeeds();
		return model;
	}

	private PowerFeed powerFeed(String name, String source) {
		PowerFeed feed = f.createPowerFeed();
		feed.setName(name);
		feed.setSource(source);
		return feed;
	}

	/** The feeds, each sized for a circuit to every rack (2N: either feed carries the whole room). */
	private void addPowerFeeds() {
		long racks = model.getElements().stream().filter(Rack.class::isInstance).count();
		for (PowerFeed feed : feeds) {
			feed.setCapacity(Power.of(racks * RackPacker.FEED_CAPACITY_W / 1000, Unit.KW));
			model.getElements().add(feed);
		}
	}

	// ------------------------------------------------------------------ design header and network

	private void addDesignHeader() {
		design = f.createDesign();
		design.setName("Synthetic-" + workloadCount);
		design.setDescription("Synthetic design generated by ddc generate for benchmarks and tests");
		design.setPlatform(PLATFORM);
		design.setLocations(1);
		design.setTenants(1);
		design.setGreenfield(true);
		design.setVdi(true);
		design.setReferenceCpu(cpu(1, 4, 2.66));
		SizingPolicy policy = f.createSizingPolicy();
		policy.setPeakBuffer(Percentage.of(PEAK_BUFFER_PERCENT, Unit.PERCENT));
		policy.setGrowth(Percentage.of(GROWTH_PERCENT, Unit.PERCENT));
		policy.setFailoverReserve(FAILOVER_RESERVE);
		policy.setBackupIo(Percentage.of(BACKUP_IO_PERCENT, Unit.PERCENT));
		policy.setGrowthBasis("business plan: " + GROWTH_PERCENT + " % more workloads a year over the design horizon");
		design.setPolicy(policy);
		ManagementPolicy management = f.createManagementPolicy();
		management.setReuseExisting(false);
		management.setGuestScope(GuestScope.ALL);
		management.setAdIntegratedDns(true);
		management.setWindows7Clients(false);
		management.setNewForest(true);
		design.setManagement(management);
		model.getElements().add(design);
	}

	private CpuSpec cpu(int sockets, int cores, double ghz) {
		CpuSpec cpu = f.createCpuSpec();
		cpu.setSockets(sockets);
		cpu.setCoresPerSocket(cores);
		cpu.setClock(Frequency.of(ghz, Unit.GHZ));
		cpu.setVendor(CpuVendor.INTEL);
		return cpu;
	}

	private void addInfrastructureSubnets() {
		Object[][] subnets = { { "MGMT", NicPurpose.HOST_MANAGEMENT, 10 }, { "HEARTBEAT", NicPurpose.CLUSTER_HEARTBEAT, 20 },
				{ "LIVE-MIGRATION", NicPurpose.LIVE_MIGRATION, 30 }, { "VM-SERVICING", NicPurpose.VM_SERVICING, 40 },
				{ "BACKUP", NicPurpose.BACKUP, 50 }, { "LIGHTS-OUT", NicPurpose.LIGHTS_OUT, 60 },
				{ "DMZ", NicPurpose.EXTERNAL, 70 } };
		for (Object[] row : subnets) {
			int vlan = (Integer) row[2];
			Subnet subnet = subnet("NET-" + row[0], (NicPurpose) row[1], vlan, "10." + vlan + ".0.0/16");
			if (row[1] == NicPurpose.VM_SERVICING) {
				subnet.setIsolated(true);
			}
			infrastructureSubnets.put((NicPurpose) row[1], subnet);
		}
	}

	private Subnet subnet(String name, NicPurpose purpose, int vlan, String cidr) {
		Subnet subnet = f.createSubnet();
		subnet.setName(name);
		subnet.setPurpose(purpose);
		subnet.setVlan(vlan);
		subnet.setCidr(cidr);
		subnet.getSwitches().add(coreA);
		subnet.getSwitches().add(coreB);
		model.getElements().add(subnet);
		return subnet;
	}

	private NetworkSwitch addSwitch(String name, int ports) {
		NetworkSwitch networkSwitch = f.createNetworkSwitch();
		networkSwitch.setName(name);
		networkSwitch.setModel(ports <= 48 ? "48-port 10 GbE top-of-rack switch" : "modular 10 GbE switch, " + ports + " ports");
		networkSwitch.setPortCount(ports);
		networkSwitch.setSpeed(DataRate.of(10, Unit.GBPS));
		networkSwitch.setManaged(true);
		networkSwitch.getCapabilities().addAll(List.of(SwitchCapability.PORT_MIRRORING, SwitchCapability.SNMP,
				SwitchCapability.VLAN_TAGGING, SwitchCapability.PORT_AUTHENTICATION,
				SwitchCapability.SOURCE_PORT_FILTERING, SwitchCapability.LINK_AGGREGATION));
		networkSwitch.setInterconnect(DataRate.of(40, Unit.GBPS));
		networkSwitch.setHeight(RackSpace.of(switchHeight(ports), Unit.U));
		networkSwitch.setPowerDraw(Power.of(switchDraw(ports), Unit.W));
		networkSwitch.setPowerSupplies(redundantPower(ports <= 96 ? 460 : 2500));
		networkSwitch.setScalingValidated(true);
		model.getElements().add(networkSwitch);
		return networkSwitch;
	}

	private static int switchHeight(int ports) {
		return ports <= 48 ? 1 : ports <= 96 ? 2 : ports <= 192 ? 7 : 13;
	}

	private static double switchDraw(int ports) {
		return ports <= 48 ? 250 : ports <= 96 ? 450 : ports <= 192 ? 1500 : 3000;
	}

	private static void pair(NetworkSwitch a, NetworkSwitch b) {
		a.setPartner(b);
		b.setPartner(a);
	}

	private PowerSupplies redundantPower(double ratingW) {
		PowerSupplies supplies = f.createPowerSupplies();
		supplies.setCount(2);
		supplies.setRedundant(true);
		supplies.setRating(Power.of(ratingW, Unit.W));
		supplies.getFeeds().addAll(feeds);
		return supplies;
	}

	private PortConnection connect(NetworkSwitch networkSwitch, Subnet... subnets) {
		PortConnection connection = f.createPortConnection();
		connection.setSwitch(networkSwitch);
		connection.getSubnets().addAll(List.of(subnets));
		return connection;
	}

	// ------------------------------------------------------------------ workloads and groups

	/** Workloads of one group, and what the group needs. */
	private static final class GroupPlan {
		final String name;
		final WorkloadProfile profile;
		final boolean isolated;
		final List<Workload> workloads = new ArrayList<>();
		WorkloadGroup group;
		HostDesign hostDesign;
		Demand demand;
		int hosts;
		int vms;

		GroupPlan(String name, WorkloadProfile profile, boolean isolated) {
			this.name = name;
			this.profile = profile;
			this.isolated = isolated;
		}
	}

	private List<GroupPlan> planGroups(IsolationDomain pci) {
		Map<WorkloadProfile, List<GroupPlan>> byProfile = new EnumMap<>(WorkloadProfile.class);
		List<GroupPlan> isolatedGroups = new ArrayList<>();
		List<GroupPlan> all = new ArrayList<>();
		for (int i = 1; i <= workloadCount; i++) {
			boolean isolated = random.nextDouble() < PCI_SHARE;
			WorkloadProfile profile = isolated ? WorkloadProfile.LOB : WorkloadProfile.draw(random);
			List<GroupPlan> plans = isolated ? isolatedGroups : byProfile.computeIfAbsent(profile, p -> new ArrayList<>());
			if (plans.isEmpty() || plans.get(plans.size() - 1).workloads.size() >= WORKLOADS_PER_GROUP) {
				String name = "GRP-" + (isolated ? "PCI" : profile.prefix) + "-" + String.format("%02d", plans.size() + 1);
				GroupPlan plan = new GroupPlan(name, profile, isolated);
				plans.add(plan);
				all.add(plan);
			}
			GroupPlan plan = plans.get(plans.size() - 1);
			plan.workloads.add(workload(i, profile, isolated ? pci : null));
		}
		return all;
	}

	private Workload workload(int index, WorkloadProfile profile, IsolationDomain isolation) {
		Workload workload = f.createWorkload();
		workload.setName((isolation != null ? "PAY" : profile.prefix) + "-" + String.format("%05d", index));
		workload.setApplication(isolation != null ? "Payment processing (cardholder data)" : profile.application);
		workload.getOperatingSystems().add(profile.os);
		workload.setKind(profile.kind());
		int instances = WorkloadProfile.between(random, profile.minInstances, profile.maxInstances);
		if (instances != 1) {
			workload.setInstances(instances);
		}
		int memoryGb = WorkloadProfile.between(random, profile.minMemoryGb, profile.maxMemoryGb);
		workload.setMemory(DataSize.of(memoryGb, Unit.GB));
		workload.setCpu(Percentage.of(WorkloadProfile.between(random, profile.minCpu, profile.maxCpu), Unit.PERCENT));
		workload.setVcpus(Math.max(1, memoryGb / 8));
		workload.setDisk(DataSize.of(WorkloadProfile.between(random, profile.minDiskGb, profile.maxDiskGb), Unit.GB));
		workload.setIops(IoRate.of(WorkloadProfile.between(random, profile.minIops, profile.maxIops), Unit.IOPS));
		workload.setThroughput(DataRate.of(profile.throughputMbps, Unit.MBPS));
		if (isolation != null) {
			workload.setIsolation(isolation);
		} else {
			workload.setIsolationRequired(false);
		}
		workload.setVirtualizationSupported(true);
		workload.setFaultToleranceRequired(profile.approach != null);
		workload.setFaultToleranceApproach(profile.approach != null ? profile.approach
				: org.ddc.model.FaultToleranceApproach.NOT_APPLICABLE);
		workload.setInScope(true);
		workload.getVendorSupport().addAll(profile.vendorSupport());
		workload.setRpo(Duration.of(profile == WorkloadProfile.VDI ? 24 : 4, Unit.HOURS));
		workload.setRto(Duration.of(profile == WorkloadProfile.VDI ? 24 : 8, Unit.HOURS));
		return workload;
	}

	private HostDesign addGroup(GroupPlan plan) {
		Subnet guestSubnet = subnet("NET-" + plan.name.substring(4), NicPurpose.GUEST_TRAFFIC, nextVlan,
				"10." + (nextVlan / 250 + 100) + "." + (nextVlan % 250) + ".0/24");
		nextVlan++;
		for (Workload workload : plan.workloads) {
			workload.getSubnets().add(guestSubnet);
		}
		Demand demand = Demand.total(plan.workloads);
		plan.demand = demand;
		plan.vms = demand.vms();

		HostDesign host = f.createHostDesign();
		host.setName("HD-" + plan.name.substring(4));
		host.setModel("2-socket 2U rack server");
		host.setFormFactor(FormFactor.RACK);
		host.setCpu(cpu(2, 16, 2.6));
		host.setMemory(DataSize.of(HOST_MEMORY_GB, Unit.GB));
		WorkloadGroup group = f.createWorkloadGroup();
		group.setName(plan.name);
		group.setHostDesign(host);
		if (plan.isolated) {
			group.setIsolation(plan.workloads.get(0).getIsolation());
		}
		for (Workload workload : plan.workloads) {
			workload.setGroup(group);
		}
		HostCount.Hosts hosts = hostCount.of(host, plan.workloads, design);
		plan.hosts = hosts.quantity();
		host.setQuantity(hosts.quantity());
		host.setClusterSize(hosts.clusterSize());
		host.setHeight(RackSpace.of(HOST_HEIGHT_U, Unit.U));
		host.setPowerDraw(Power.of(HOST_DRAW_W, Unit.W));
		host.setPowerSupplies(redundantPower(750));
		host.getFeatures().addAll(List.of(Feature.ECC_MEMORY, Feature.REDUNDANT_FANS, Feature.BATTERY_BACKUP,
				Feature.OUT_OF_BAND, Feature.PXE, Feature.HARDWARE_VIRTUALIZATION, Feature.SLAT));
		host.getRoles().add(HostRole.HYPERV);
		if (plan.profile == WorkloadProfile.VDI) {
			host.getRoles().add(HostRole.RD_VIRTUALIZATION_HOST);
		}
		host.setScalingValidated(true);
		host.setBootFromSan(false);

		int ports = switchPorts(plan.hosts * 4 + 8);
		NetworkSwitch a = addSwitch("SW-" + plan.name.substring(4) + "-A", ports);
		NetworkSwitch b = addSwitch("SW-" + plan.name.substring(4) + "-B", ports);
		pair(a, b);
		// the interconnect carries the group's peak guest throughput, with peak buffer and growth, when one switch of
		// the pair is down (IPD-5-11)
		double guestMbps = demand.throughputMbps() * Sizing.headroom(design);
		double interconnectGbps = Math.max(1, Math.ceil(guestMbps / 1000 / 40)) * 40;
		a.setInterconnect(DataRate.of(interconnectGbps, Unit.GBPS));
		b.setInterconnect(DataRate.of(interconnectGbps, Unit.GBPS));
		for (Subnet subnet : infrastructureSubnets.values()) {
			subnet.getSwitches().add(a);
			subnet.getSwitches().add(b);
		}
		guestSubnet.getSwitches().add(a);
		guestSubnet.getSwitches().add(b);
		addAdapter(host, "mgmt", NicPurpose.HOST_MANAGEMENT, DataRate.of(1, Unit.GBPS), a);
		addAdapter(host, "servicing", NicPurpose.VM_SERVICING, DataRate.of(1, Unit.GBPS), b);
		addAdapter(host, "heartbeat", NicPurpose.CLUSTER_HEARTBEAT, DataRate.of(10, Unit.GBPS), a);
		addAdapter(host, "migration", NicPurpose.LIVE_MIGRATION, DataRate.of(10, Unit.GBPS), b);
		addAdapter(host, "lights-out", NicPurpose.LIGHTS_OUT, DataRate.of(1, Unit.GBPS), a);
		addAdapter(host, "backup", NicPurpose.BACKUP, DataRate.of(10, Unit.GBPS), b);
		NetworkAdapter guest1 = addAdapter(host, "guest1", NicPurpose.GUEST_TRAFFIC, DataRate.of(10, Unit.GBPS), a);
		NetworkAdapter guest2 = addAdapter(host, "guest2", NicPurpose.GUEST_TRAFFIC, DataRate.of(10, Unit.GBPS), b);
		for (NetworkAdapter guest : List.of(guest1, guest2)) {
			guest.getPorts().get(0).getSubnets().clear();
			guest.getPorts().get(0).getSubnets().add(guestSubnet);
		}
		NicTeam team = f.createNicTeam();
		team.setName("guest-team");
		team.getMembers().addAll(List.of(guest1, guest2));
		team.setMode(TeamingMode.LOAD_BALANCING);
		host.getTeams().add(team);
		model.getElements().add(host);

		model.getElements().add(group);
		model.getElements().addAll(plan.workloads);
		plan.group = group;
		plan.hostDesign = host;

		// every host in a rack of its own, and the switches of the pair too: a rack failure costs each cluster one
		// host, which its N+1 absorbs, and leaves the other hosts their network
		computeRacks.spread(List.of(a, b), 1, switchHeight(ports), switchDraw(ports));
		computeRacks.spread(List.of(host), plan.hosts, HOST_HEIGHT_U, HOST_DRAW_W);
		return host;
	}

	private static int switchPorts(int needed) {
		for (int size : new int[] { 48, 96, 192, 384 }) {
			if (needed <= size) {
				return size;
			}
		}
		return 768;
	}

	private NetworkAdapter addAdapter(HostDesign host, String name, NicPurpose purpose, DataRate speed,
			NetworkSwitch networkSwitch) {
		NetworkAdapter adapter = f.createNetworkAdapter();
		adapter.setName(name);
		adapter.setSpeed(speed);
		adapter.getPurposes().add(purpose);
		adapter.setVlanTagging(true);
		PortConnection port = connect(networkSwitch, infrastructureSubnets.getOrDefault(purpose,
				infrastructureSubnets.get(NicPurpose.HOST_MANAGEMENT)));
		port.setIndex(1);
		adapter.getPorts().add(port);
		host.getAdapters().add(adapter);
		return adapter;
	}

	// ------------------------------------------------------------------ storage

	/**
	 * One SAN (a storage system with its pair of Fibre Channel switches, in a rack of its own) per
	 * {@link #GROUPS_PER_SAN} groups, or per group where the array for more would not fit a rack.
	 */
	private void addStorage(List<GroupPlan> groups) {
		RackPacker storageRacks = new RackPacker("RK-S", feeds);
		List<GroupPlan> served = new ArrayList<>();
		int san = 0;
		for (int i = 0; i < groups.size(); i++) {
			served.add(groups.get(i));
			GroupPlan next = i + 1 < groups.size() ? groups.get(i + 1) : null;
			if (next != null && served.size() < GROUPS_PER_SAN && fitsRack(append(served, next))) {
				continue;
			}
			if (!fitsRack(served)) {
				throw new IllegalStateException("the array for " + served.get(0).name + " does not fit a rack");
			}
			addSan(++san, List.copyOf(served), storageRacks);
			served.clear();
		}
		model.getElements().addAll(storageRacks.racks());
	}

	private static List<GroupPlan> append(List<GroupPlan> groups, GroupPlan group) {
		List<GroupPlan> more = new ArrayList<>(groups);
		more.add(group);
		return more;
	}

	/** The storage switches of a SAN serving these groups: a port per host and 16 for processors and links. */
	private static int fabricPorts(List<GroupPlan> served) {
		return switchPorts(served.stream().mapToInt(g -> g.hosts).sum() + 16);
	}

	/** Whether the array and switch pair of a SAN for these groups fit one rack, in height and power. */
	private boolean fitsRack(List<GroupPlan> served) {
		Array array = array(served);
		int ports = fabricPorts(served);
		return array.heightU() + 2 * switchHeight(ports) <= RackPacker.RACK_HEIGHT
				&& array.drawW() + 2 * switchDraw(ports) <= RackPacker.POWER_BUDGET_W;
	}

	private void addSan(int san, List<GroupPlan> served, RackPacker storageRacks) {
		int ports = fabricPorts(served);
		StorageSwitch a = storageSwitch(String.format("FC-%02d-A", san), ports);
		StorageSwitch b = storageSwitch(String.format("FC-%02d-B", san), ports);
		a.setPartner(b);
		b.setPartner(a);
		StorageSystem system = storageSystem(String.format("SAN-%02d", san), array(served), a, b);
		for (GroupPlan group : served) {
			HostDesign host = group.hostDesign;
			host.getStorageSystems().add(system);
			host.getHbas().add(hba("fc1", a));
			host.getHbas().add(hba("fc2", b));
		}
		storageRacks.newRack();
		storageRacks.place(a, 1, switchHeight(ports), switchDraw(ports));
		storageRacks.place(b, 1, switchHeight(ports), switchDraw(ports));
		storageRacks.place(system, 1, system.getHeight().amount().intValue(), system.getPowerDraw().base());
	}

	private StorageSwitch storageSwitch(String name, int ports) {
		StorageSwitch storageSwitch = f.createStorageSwitch();
		storageSwitch.setName(name);
		storageSwitch.setModel("32 Gb Fibre Channel switch");
		storageSwitch.setProtocol(SwitchProtocol.FIBRE_CHANNEL);
		storageSwitch.setPortCount(ports);
		storageSwitch.setSpeed(DataRate.of(FC_GBPS, Unit.GBPS));
		storageSwitch.setInterconnect(DataRate.of(64, Unit.GBPS));
		storageSwitch.setHeight(RackSpace.of(switchHeight(ports), Unit.U));
		storageSwitch.setPowerDraw(Power.of(switchDraw(ports), Unit.W));
		storageSwitch.setPowerSupplies(redundantPower(600));
		storageSwitch.getFeatures().add(Feature.REDUNDANT_FANS);
		storageSwitch.setManagementPort(connect(coreA, infrastructureSubnets.get(NicPurpose.HOST_MANAGEMENT)));
		storageSwitch.setScalingValidated(true);
		model.getElements().add(storageSwitch);
		return storageSwitch;
	}

	/**
	 * The disks and controllers of an array for some groups: two tiers, each sized alone with the shared storage
	 * arithmetic, SSD in RAID 10 for the IOPS and the backups' I/O on top (every workload is backed up), with peak
	 * buffer and growth at the design's read/write mix, NL-SAS in
	 * RAID 6 (10 + 2 and up) holding all VM data with growth; hot spares on top (they hold no data and serve no
	 * I/O). Enough storage-processor links that either switch of the fabric carries the peak I/O (IOPS × the
	 * design's I/O size, with peak buffer and growth) when the other is down; each processor links to both.
	 */
	private record Array(DiskGroup ssd, DiskGroup nearline, int processors, int shelves) {
		int heightU() {
			return 4 + 2 * shelves;
		}

		double drawW() {
			return 800 + 350 * shelves;
		}
	}

	private Array array(List<GroupPlan> served) {
		Demand demand = Demand.NONE;
		for (GroupPlan group : served) {
			demand = demand.plus(group.demand);
		}
		Double backupShare = StorageLoad.backupIoShare(design);
		double iopsNeeded = demand.iops() * (1 + (backupShare != null ? backupShare : 0)) * Sizing.headroom(design);
		double readShare = StorageCapacity.readShare(design);
		DiskGroup ssd = diskGroup(MIN_RAID10_DISKS, 2, DataSize.of(SSD_TB, Unit.TB), DiskKind.SSD, SSD_IOPS,
				RaidLevel.RAID10, group -> StorageCapacity.frontEndIops(group, readShare) >= iopsNeeded);
		double dataNeededMb = demand.diskMb() * StorageLoad.growthFactor(design);
		DiskGroup nearline = diskGroup(MIN_RAID6_DISKS, 1, DataSize.of(NEARLINE_TB, Unit.TB), DiskKind.NL_SAS,
				NEARLINE_IOPS, RaidLevel.RAID6, group -> StorageCapacity.usableMb(group) >= dataNeededMb);
		double fabricMbps = iopsNeeded * StorageLoad.mbpsPerIops(design);
		int processors = even(Math.max(2, (int) Math.ceil(fabricMbps / (FC_GBPS * 1000.0))));
		int disks = ssd.getCount() + nearline.getCount();
		return new Array(ssd, nearline, processors, Math.max(1, (int) Math.ceil(disks / (double) DISKS_PER_SHELF)));
	}

	private StorageSystem storageSystem(String name, Array array, StorageSwitch a, StorageSwitch b) {
		StorageSystem system = f.createStorageSystem();
		system.setName(name);
		system.setModel("dual-controller Fibre Channel array");
		system.setType(StorageType.SAN);
		system.setProtocol(StorageProtocol.FIBRE_CHANNEL);
		system.getDiskGroups().add(array.ssd());
		system.getDiskGroups().add(array.nearline());
		for (int p = 0; p < array.processors(); p++) {
			StorageProcessor processor = f.createStorageProcessor();
			processor.setName("SP-" + (char) ('A' + p));
			processor.getSwitches().addAll(List.of(a, b));
			system.getProcessors().add(processor);
		}
		system.setMultipath(true);
		system.getFeatures().addAll(List.of(Feature.REDUNDANT_FANS, Feature.AUTOMATIC_DATA_RECOVERY, Feature.HOT_SWAP_DISKS));
		system.setPowerSupplies(redundantPower(1200));
		system.setManagementPort(connect(coreB, infrastructureSubnets.get(NicPurpose.HOST_MANAGEMENT)));
		system.setScalingValidated(true);
		system.setHeight(RackSpace.of(array.heightU(), Unit.U));
		system.setPowerDraw(Power.of(array.drawW(), Unit.W));
		model.getElements().add(system);
		return system;
	}

	private static int even(int count) {
		return count + count % 2;
	}

	/**
	 * The smallest disk group of {@code minimum} data disks or more (in steps of {@code step}) that is
	 * {@code enough}, with one hot spare per {@link #DISKS_PER_SPARE} data disks (at least one) on top.
	 */
	private DiskGroup diskGroup(int minimum, int step, DataSize size, DiskKind kind, int iopsPerDisk, RaidLevel raid,
			Predicate<DiskGroup> enough) {
		DiskGroup group = f.createDiskGroup();
		group.setSize(size);
		group.setKind(kind);
		group.setIopsPerDisk(IoRate.of(iopsPerDisk, Unit.IOPS));
		group.setRaid(raid);
		// steps above the minimum: doubling until enough, then halving the interval
		int tooFew = -1;
		int fits = 0;
		while (!enough(group, minimum, step, fits, enough)) {
			tooFew = fits;
			fits = fits == 0 ? 1 : 2 * fits;
		}
		while (fits - tooFew > 1) {
			int middle = (tooFew + fits) >>> 1;
			if (enough(group, minimum, step, middle, enough)) {
				fits = middle;
			} else {
				tooFew = middle;
			}
		}
		setDataDisks(group, minimum + fits * step);
		return group;
	}

	private static boolean enough(DiskGroup group, int minimum, int step, int steps, Predicate<DiskGroup> enough) {
		setDataDisks(group, minimum + steps * step);
		return enough.test(group);
	}

	private static void setDataDisks(DiskGroup group, int data) {
		int spares = Math.max(1, data / DISKS_PER_SPARE);
		group.setCount(data + spares);
		group.setHotSpares(spares);
	}

	private Hba hba(String name, StorageSwitch storageSwitch) {
		Hba hba = f.createHba();
		hba.setName(name);
		hba.setKind(HbaKind.FIBRE_CHANNEL);
		hba.setSpeed(DataRate.of(FC_GBPS, Unit.GBPS));
		hba.setPurpose(HbaPurpose.GUEST_STORAGE);
		hba.setStorageSwitch(storageSwitch);
		return hba;
	}

	// ------------------------------------------------------------------ management (Step 3)

	private final List<ManagementServer> managementServers = new ArrayList<>();
	private static final List<ManagementRole> SERVICING_ROLES = List.of(ManagementRole.VMM, ManagementRole.VMM_LIBRARY,
			ManagementRole.VMM_CONSOLE, ManagementRole.OVMST, ManagementRole.CONFIG_MGR);

	private ManagementServer server(String name, ManagementRole... roles) {
		ManagementServer server = f.createManagementServer();
		server.setName(name);
		server.setModel("1U management server");
		server.getRoles().addAll(List.of(roles));
		server.setRuns(ServerPlacement.PHYSICAL);
		server.setHeight(RackSpace.of(1, Unit.U));
		server.setPowerDraw(Power.of(300, Unit.W));
		server.setPowerSupplies(redundantPower(550));
		PortConnection connection = connect(managementServers.size() % 2 == 0 ? coreA : coreB,
				infrastructureSubnets.get(NicPurpose.HOST_MANAGEMENT));
		if (server.getRoles().stream().anyMatch(SERVICING_ROLES::contains)) {
			// servers that take part in offline VM servicing reach the isolated servicing VLAN
			connection.getSubnets().add(infrastructureSubnets.get(NicPurpose.VM_SERVICING));
		}
		server.getConnections().add(connection);
		model.getElements().add(server);
		managementServers.add(server);
		return server;
	}

	private void addManagement(List<GroupPlan> groups) {
		server("DC-01", ManagementRole.DOMAIN_CONTROLLER, ManagementRole.DNS, ManagementRole.GLOBAL_CATALOG);
		server("DC-02", ManagementRole.DOMAIN_CONTROLLER, ManagementRole.DNS, ManagementRole.GLOBAL_CATALOG);
		ManagementServer configMgr = server("CM-01", ManagementRole.CONFIG_MGR);
		ConfigMgrSite site = f.createConfigMgrSite();
		site.setName("CM-SITE-01");
		site.getServers().add(configMgr);
		site.getSiteRoles().addAll(SiteSystemRole.VALUES);
		site.getCapabilities().addAll(List.of(ServiceCapability.INVENTORY, ServiceCapability.BARE_METAL_DEPLOYMENT,
				ServiceCapability.SOFTWARE_DEPLOYMENT, ServiceCapability.PATCH_MANAGEMENT,
				ServiceCapability.CONFIGURATION_MONITORING, ServiceCapability.COMPLIANCE_REPORTING));
		model.getElements().add(site);
		server("DEPLOY-01", ManagementRole.MDT, ManagementRole.OVMST, ManagementRole.VMM_CONSOLE);
		ManagementServer hardware = server("HWMGMT-01", ManagementRole.HARDWARE_MANAGEMENT);
		hardware.setCount(2);
		hardware.getCapabilities().addAll(List.of(ServiceCapability.HEALTH_INVENTORY,
				ServiceCapability.OUT_OF_BAND_MANAGEMENT, ServiceCapability.REMOTE_POWER, ServiceCapability.HARDWARE_ALERTS,
				ServiceCapability.FIRMWARE_UPDATE, ServiceCapability.OPS_MGR_INTEGRATION, ServiceCapability.HIGH_AVAILABILITY));
		ManagementServer dpm = server("DPM-01", ManagementRole.DPM);
		dpm.getConnections().add(connect(dpm.getConnections().get(0).getSwitch() == coreA ? coreB : coreA,
				infrastructureSubnets.get(NicPurpose.BACKUP)));
		server("RDCB-01", ManagementRole.RD_CONNECTION_BROKER, ManagementRole.RD_WEB_ACCESS,
				ManagementRole.RD_VIRTUALIZATION_REDIRECTOR).setCount(2);
		// Partition the host designs into management domains, one VMM instance and one Operations Manager
		// management group each: a VMM instance within its hosts and VMs, a management group within its agents
		// (hosts, guests in management scope, which are all of them, and management servers: every domain pays
		// for the servers shared by all and its own VMM and Operations Manager pair, so that the agents of all
		// domains together need no more management groups than there are domains).
		int sharedAgents = managementServers.stream().mapToInt(ManagementServer::getCount).sum();
		int agentBudget = limits.opsMgrAgents() - sharedAgents - MANAGEMENT_PAIR - MANAGEMENT_PAIR;
		List<List<GroupPlan>> domains = new ArrayList<>();
		List<GroupPlan> current = new ArrayList<>();
		int hosts = 0;
		int vms = 0;
		for (GroupPlan group : groups) {
			if (group.hosts > limits.vmmHosts() || group.vms > limits.vmmVms() || group.hosts + group.vms > agentBudget) {
				throw new IllegalStateException(group.name + " alone exceeds a VMM instance or a management group");
			}
			if (!current.isEmpty() && (hosts + group.hosts > limits.vmmHosts() || vms + group.vms > limits.vmmVms()
					|| hosts + group.hosts + vms + group.vms > agentBudget)) {
				domains.add(current);
				current = new ArrayList<>();
				hosts = 0;
				vms = 0;
			}
			current.add(group);
			hosts += group.hosts;
			vms += group.vms;
		}
		domains.add(current);
		for (int i = 0; i < domains.size(); i++) {
			String suffix = String.format("%02d", i + 1);
			ManagementServer vmmServer = server("VMM-" + suffix, ManagementRole.VMM, ManagementRole.VMM_LIBRARY,
					ManagementRole.VMM_CONSOLE);
			vmmServer.setCount(MANAGEMENT_PAIR);
			ManagementServer omServer = server("OM-" + suffix, ManagementRole.OPS_MGR);
			omServer.setCount(MANAGEMENT_PAIR);
			VmmInstance vmm = f.createVmmInstance();
			vmm.setName("VMM-INSTANCE-" + suffix);
			vmm.getServers().add(vmmServer);
			vmm.getCapabilities().addAll(List.of(ServiceCapability.LIBRARY, ServiceCapability.PROVISIONING,
					ServiceCapability.ROLE_BASED_SECURITY, ServiceCapability.RESOURCE_ALLOCATION));
			domains.get(i).forEach(g -> vmm.getManages().add(g.hostDesign));
			model.getElements().add(vmm);
			OpsMgrGroup opsMgr = f.createOpsMgrGroup();
			opsMgr.setName("OM-GROUP-" + suffix);
			opsMgr.getServers().add(omServer);
			opsMgr.setVmm(vmm);
			opsMgr.getCapabilities().addAll(List.of(ServiceCapability.REPORTING_AUDITING,
					ServiceCapability.INFRASTRUCTURE_MONITORING, ServiceCapability.REMEDIATION,
					ServiceCapability.DYNAMIC_RESOURCE_MANAGEMENT, ServiceCapability.SERVICE_LEVEL_DASHBOARD));
			opsMgr.getManagementPacks().addAll(List.of("Hyper-V", "Configuration Manager", "Operations Manager",
					"SQL Server", "Active Directory Domain Services", "Power Management"));
			if (domains.size() > 1) {
				opsMgr.setReason(String.format(Locale.ROOT, "more than %,d agents: one management group per VMM "
						+ "instance, each within %,d agents", limits.opsMgrAgents(), limits.opsMgrAgents()));
			}
			model.getElements().add(opsMgr);
		}
	}

	// ------------------------------------------------------------------ Step 5: load balancers, firewalls

	private final List<Device> coreDevices = new ArrayList<>();

	private void addLoadBalancersAndFirewalls(List<Workload> loadBalanced) {
		Subnet dmz = infrastructureSubnets.get(NicPurpose.EXTERNAL);
		Subnet mgmt = infrastructureSubnets.get(NicPurpose.HOST_MANAGEMENT);
		for (int first = 0; first < loadBalanced.size(); first += LB_WORKLOADS_PER_PAIR) {
			LoadBalancer lb = f.createLoadBalancer();
			lb.setName(String.format("LB-%02d", first / LB_WORKLOADS_PER_PAIR + 1));
			lb.setKind(LoadBalancerKind.HARDWARE);
			lb.setType("hardware application delivery controller");
			lb.setQuantity(2);
			lb.getCapabilities().addAll(List.of(LoadBalancerCapability.SNMP, LoadBalancerCapability.REMOTE_CONFIGURATION,
					LoadBalancerCapability.HEALTH_MONITORING, LoadBalancerCapability.TRAFFIC_SHAPING));
			lb.setAlgorithm("least connections");
			lb.getServes().addAll(loadBalanced.subList(first, Math.min(loadBalanced.size(), first + LB_WORKLOADS_PER_PAIR)));
			// the interfaces reach the guest subnets of the workloads served (IPD-5-25)
			List<Subnet> lbSubnets = new ArrayList<>(List.of(dmz, mgmt));
			for (Workload served : lb.getServes()) {
				served.getSubnets().stream().filter(subnet -> !lbSubnets.contains(subnet)).forEach(lbSubnets::add);
			}
			lb.getInterfaces().add(connect(coreA, lbSubnets.toArray(Subnet[]::new)));
			lb.getInterfaces().add(connect(coreB, lbSubnets.toArray(Subnet[]::new)));
			lb.setHeight(RackSpace.of(1, Unit.U));
			lb.setPowerDraw(Power.of(400, Unit.W));
			lb.setPowerSupplies(redundantPower(650));
			lb.setScalingValidated(true);
			model.getElements().add(lb);
			coreDevices.add(lb);
		}
		Firewall firewall = f.createFirewall();
		firewall.setName("FW-EDGE");
		firewall.setType("next-generation firewall");
		firewall.setQuantity(2);
		firewall.setPosition(FirewallPosition.EDGE);
		firewall.getCapabilities().addAll(List.of(FirewallCapability.SNMP, FirewallCapability.REMOTE_CONFIGURATION,
				FirewallCapability.INTRUSION_DETECTION, FirewallCapability.INTERFACE_USAGE));
		firewall.getServes().addAll(loadBalanced);
		firewall.getInterfaces().add(connect(coreA, dmz, mgmt));
		firewall.getInterfaces().add(connect(coreB, dmz, mgmt));
		firewall.setHeight(RackSpace.of(1, Unit.U));
		firewall.setPowerDraw(Power.of(350, Unit.W));
		firewall.setPowerSupplies(redundantPower(650));
		firewall.setScalingValidated(true);
		model.getElements().add(firewall);
		coreDevices.add(firewall);
	}

	private void addBackup(List<GroupPlan> groups) {
		BackupPlan backup = f.createBackupPlan();
		backup.setName("BACKUP-DAILY");
		backup.setApproach(BackupApproach.VSS_SNAPSHOT);
		backup.setProduct("System Center Data Protection Manager");
		backup.setRpo(Duration.of(4, Unit.HOURS));
		backup.setRto(Duration.of(8, Unit.HOURS));
		backup.getCapabilities().addAll(BackupCapability.VALUES);
		backup.setCoversInfrastructure(true);
		groups.forEach(g -> backup.getGroups().add(g.group));
		model.getElements().add(backup);
	}

	/**
	 * Gives a core switch enough ports for everything connected to it (management ports of storage, load balancer
	 * and firewall interfaces per unit, management server interfaces per server), with room to spare.
	 */
	private void sizeCoreSwitch(NetworkSwitch core) {
		int connected = 0;
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof PortConnection connection && connection.getSwitch() == core) {
				EObject owner = connection.eContainer();
				connected += owner instanceof LoadBalancer lb ? lb.getQuantity()
						: owner instanceof Firewall fw ? fw.getQuantity()
								: owner instanceof ManagementServer server ? server.getCount() : 1;
			}
		}
		int ports = switchPorts(connected + 16);
		core.setPortCount(ports);
		core.setModel(ports <= 48 ? "48-port 10 GbE switch" : "modular 10 GbE switch, " + ports + " ports");
		core.setHeight(RackSpace.of(switchHeight(ports), Unit.U));
		core.setPowerDraw(Power.of(switchDraw(ports), Unit.W));
	}

	private void placeCoreDevices() {
		coreRacks.newRack();
		for (NetworkSwitch core : List.of(coreA, coreB)) {
			coreRacks.place(core, 1, switchHeight(core.getPortCount()), switchDraw(core.getPortCount()));
		}
		for (Device device : coreDevices) {
			coreRacks.place(device, 2, 1, device.getPowerDraw().base());
		}
		for (ManagementServer server : managementServers) {
			coreRacks.place(server, server.getCount(), 1, 300);
		}
	}
}
