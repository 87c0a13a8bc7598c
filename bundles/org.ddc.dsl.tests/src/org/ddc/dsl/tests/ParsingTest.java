package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.element;
import static org.ddc.dsl.tests.DdcTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.model.BackupApproach;
import org.ddc.model.BackupPlan;
import org.ddc.model.Cluster;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.CpuSpec;
import org.ddc.model.CpuVendor;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.ddc.model.DiskGroup;
import org.ddc.model.DiskKind;
import org.ddc.model.FaultToleranceApproach;
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
import org.ddc.model.HostTier;
import org.ddc.model.HostVirtualAdapter;
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
import org.ddc.model.Placement;
import org.ddc.model.PlatformVersion;
import org.ddc.model.PortConnection;
import org.ddc.model.PowerCircuit;
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
import org.ddc.model.SwitchRole;
import org.ddc.model.TeamingMode;
import org.ddc.model.Uplink;
import org.ddc.model.VendorSupport;
import org.ddc.model.VirtualDisk;
import org.ddc.model.VirtualDiskFormat;
import org.ddc.model.VirtualSwitch;
import org.ddc.model.VmmInstance;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.model.WorkloadKind;
import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Duration;
import org.ddc.model.units.Frequency;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Power;
import org.ddc.model.units.RackSpace;
import org.junit.jupiter.api.Test;

/** Every construct of the .ddc language parses into the model values a user wrote. */
class ParsingTest {

	private static final String NETWORK = """
			switch SW-1 { ports 48 }
			switch SW-2 { ports 48 }
			subnet Mgmt { vlan 10 }
			subnet Guests { vlan 20 }
			""";

	@Test
	void designHeaderSetsPlatformScopeReferenceCpuPolicyAndManagement() {
		DdcModel model = parse("""
				design Contoso {
					description "Contoso private cloud"
					platform hyperv-2012-r2
					locations 2
					tenants 3
					greenfield yes
					vdi no
					reference-cpu 2 x 8 cores 2.6 GHz intel threads 2
					policy {
						peak-buffer 20 %
						growth 15 %
						failover-reserve N+1
					}
					management {
						reuse-existing no
						guests-in-scope selected
						forests 1
						domains 2
						ad-sites 3
						ad-integrated-dns yes
						windows7-clients no
					}
				}
				""");
		Design design = element(model, Design.class, "Contoso");
		assertEquals("Contoso private cloud", design.getDescription());
		assertEquals(PlatformVersion.HYPERV2012R2, design.getPlatform());
		assertEquals(2, design.getLocations());
		assertEquals(3, design.getTenants());
		assertTrue(design.isSetGreenfield());
		assertTrue(design.isGreenfield());
		assertTrue(design.isSetVdi());
		assertFalse(design.isVdi());

		CpuSpec cpu = design.getReferenceCpu();
		assertEquals(2, cpu.getSockets());
		assertEquals(8, cpu.getCoresPerSocket());
		assertEquals(Frequency.valueOf("2.6 GHz"), cpu.getClock());
		assertEquals(CpuVendor.INTEL, cpu.getVendor());
		assertEquals(2, cpu.getThreadsPerCore());

		SizingPolicy policy = design.getPolicy();
		assertEquals(20.0, policy.getPeakBuffer().base());
		assertEquals(Percentage.valueOf("15 %"), policy.getGrowth());
		assertTrue(policy.isSetFailoverReserve());
		assertEquals(1, policy.getFailoverReserve());

		ManagementPolicy management = design.getManagement();
		assertTrue(management.isSetReuseExisting());
		assertFalse(management.isReuseExisting());
		assertEquals(GuestScope.SELECTED, management.getGuestScope());
		assertEquals(1, management.getForests());
		assertEquals(2, management.getDomains());
		assertEquals(3, management.getAdSites());
		assertTrue(management.isAdIntegratedDns());
		assertTrue(management.isSetWindows7Clients());
		assertFalse(management.isWindows7Clients());
	}

	@Test
	void failoverReserveAcceptsSpacesAroundPlusAndOtherReserves() {
		DdcModel model = parse("design D { policy { failover-reserve N + 2 } }");
		assertEquals(2, element(model, Design.class, "D").getPolicy().getFailoverReserve());
	}

	@Test
	void sizingPolicyStatesHostReserveReadRatioAndIoSize_unsetWithoutThem() {
		SizingPolicy policy = element(parse("""
				design D {
					policy {
						host-reserve 6 GB
						read-ratio 60 %
						io-size 64 KB
					}
				}
				"""), Design.class, "D").getPolicy();
		assertEquals(DataSize.valueOf("6 GB"), policy.getHostReserve());
		assertEquals(Percentage.valueOf("60 %"), policy.getReadRatio());
		assertEquals(DataSize.valueOf("64 KB"), policy.getIoSize());
		assertEquals(64.0, policy.getIoSize().kilobytes());
		SizingPolicy empty = element(parse("design D { policy { growth 10 % } }"), Design.class, "D").getPolicy();
		assertNull(empty.getHostReserve());
		assertNull(empty.getReadRatio());
		assertNull(empty.getIoSize());
		assertNull(empty.getBackupIo(), "no backup load stated: IPD-4-08 says it cannot check");
		assertEquals(Percentage.valueOf("15 %"), element(parse("design D { policy { backup-io 15 % } }"), Design.class,
				"D").getPolicy().getBackupIo());
	}

	@Test
	void managementGroupMonitorsHostDesignsAndClusters() {
		DdcModel model = parse("""
				host-design Web { quantity 4 cluster CL-WEB-A hosts 2 cluster CL-WEB-B hosts 2 }
				host-design Db { quantity 2 }
				opsmgr-group MG-1 { monitors Web, Db monitors-clusters CL-WEB-A, CL-WEB-B }
				opsmgr-group MG-2 { }
				""");
		OpsMgrGroup group = element(model, OpsMgrGroup.class, "MG-1");
		HostDesign web = element(model, HostDesign.class, "Web");
		assertEquals(List.of(web, element(model, HostDesign.class, "Db")), group.getMonitors());
		assertEquals(web.getClusters(), group.getMonitoredClusters());
		assertTrue(element(model, OpsMgrGroup.class, "MG-2").getMonitors().isEmpty());
	}

	@Test
	void designHeaderWithoutOptionalAttributesLeavesThemUnsetWithDefaults() {
		Design design = element(parse("design D { }"), Design.class, "D");
		assertFalse(design.isSetPlatform());
		assertFalse(design.isSetGreenfield());
		assertEquals(1, design.getLocations());
		assertEquals(1, design.getTenants());
		assertNull(design.getPolicy());
		assertNull(design.getReferenceCpu());
	}

	@Test
	void cpuSpecWithoutVendorAndThreadsDefaultsToOneThreadPerCore() {
		Design design = element(parse("design D { reference-cpu 1 x 4 cores 2400 MHz }"), Design.class, "D");
		CpuSpec cpu = design.getReferenceCpu();
		assertFalse(cpu.isSetVendor());
		assertEquals(1, cpu.getThreadsPerCore());
		assertEquals(2.4, cpu.getClock().base(), 1e-9);
	}

	@Test
	void isolationDomainParsesWithAndWithoutBlock() {
		DdcModel model = parse("""
				isolation-domain PCI {
					description "cardholder data"
					kind physical
					basis "PCI DSS"
				}
				isolation-domain Tenants
				isolation-domain Empty { }
				""");
		IsolationDomain pci = element(model, IsolationDomain.class, "PCI");
		assertEquals("cardholder data", pci.getDescription());
		assertEquals(IsolationKind.PHYSICAL, pci.getKind());
		assertEquals("PCI DSS", pci.getBasis());
		assertNull(element(model, IsolationDomain.class, "Tenants").getBasis());
		assertEquals(3, model.getElements().size());
	}

	@Test
	void workloadParsesEveryAttribute() {
		DdcModel model = parse(NETWORK + """
				isolation-domain PCI
				workload-group Web { }
				workload App-1 {
					description "order entry"
					application "Contoso Orders"
					os "Windows Server 2008 R2", "Windows Server 2012"
					kind server
					instances 4
					memory 8 GB
					cpu 35 %
					vcpus 2
					disk 120 GB
					iops 450 IOPS
					subnets Mgmt, Guests
					throughput 800 Mbps
					isolation PCI
					virtualization-supported yes
					fault-tolerance required approach load-balancing
					in-scope yes
					group Web
					vendor-support virtualization, licensing, application-fault-tolerance
					managed no
					estimated
					stateful yes
					cluster-aware no
					rpo 15 min
					rto 4 h
					virtual-disk system 60 GB vhdx
					virtual-disk quorum 1 GB shared
					virtual-fc-adapters 2
				}
				""");
		Workload workload = element(model, Workload.class, "App-1");
		assertEquals("order entry", workload.getDescription());
		assertEquals("Contoso Orders", workload.getApplication());
		assertEquals(List.of("Windows Server 2008 R2", "Windows Server 2012"), workload.getOperatingSystems());
		assertEquals(WorkloadKind.SERVER, workload.getKind());
		assertEquals(4, workload.getInstances());
		assertEquals(DataSize.valueOf("8 GB"), workload.getMemory());
		assertEquals(Percentage.valueOf("35 %"), workload.getCpu());
		assertEquals(2, workload.getVcpus());
		assertEquals(DataSize.valueOf("120 GB"), workload.getDisk());
		assertEquals(IoRate.valueOf("450 IOPS"), workload.getIops());
		assertEquals(List.of("Mgmt", "Guests"), workload.getSubnets().stream().map(Subnet::getName).toList());
		assertEquals(DataRate.valueOf("800 Mbps"), workload.getThroughput());
		assertSame(element(model, IsolationDomain.class, "PCI"), workload.getIsolation());
		assertTrue(workload.isVirtualizationSupported());
		assertTrue(workload.isSetFaultToleranceRequired());
		assertTrue(workload.isFaultToleranceRequired());
		assertEquals(FaultToleranceApproach.LOAD_BALANCING, workload.getFaultToleranceApproach());
		assertTrue(workload.isInScope());
		assertSame(element(model, WorkloadGroup.class, "Web"), workload.getGroup());
		assertEquals(List.of(VendorSupport.VIRTUALIZATION, VendorSupport.LICENSING,
				VendorSupport.APPLICATION_FAULT_TOLERANCE), workload.getVendorSupport());
		assertTrue(workload.isSetManaged());
		assertFalse(workload.isManaged());
		assertTrue(workload.isEstimated());
		assertTrue(workload.isStateful());
		assertTrue(workload.isSetClusterAware());
		assertFalse(workload.isClusterAware());
		assertEquals(Duration.valueOf("15 min"), workload.getRpo());
		assertEquals(240.0, workload.getRto().base());
		assertEquals(2, workload.getVirtualFcAdapters());

		assertEquals(2, workload.getVirtualDisks().size());
		VirtualDisk system = workload.getVirtualDisks().get(0);
		assertEquals("system", system.getName());
		assertEquals(DataSize.valueOf("60 GB"), system.getSize());
		assertEquals(VirtualDiskFormat.VHDX, system.getFormat());
		assertFalse(system.isShared());
		VirtualDisk quorum = workload.getVirtualDisks().get(1);
		assertTrue(quorum.isShared());
	}

	@Test
	void workloadIsolationNoneMeansNotRequiredAndDiffersFromUnset() {
		DdcModel model = parse("""
				workload Isolated { isolation none }
				workload Unspecified { }
				""");
		Workload isolated = element(model, Workload.class, "Isolated");
		assertTrue(isolated.isSetIsolationRequired());
		assertFalse(isolated.isIsolationRequired());
		assertNull(isolated.getIsolation());
		assertFalse(element(model, Workload.class, "Unspecified").isSetIsolationRequired());
	}

	@Test
	void workloadFaultToleranceNotRequiredIsSetToFalse() {
		DdcModel model = parse("""
				workload Batch { fault-tolerance not-required }
				workload Web { fault-tolerance required }
				workload Other { }
				""");
		Workload batch = element(model, Workload.class, "Batch");
		assertTrue(batch.isSetFaultToleranceRequired());
		assertFalse(batch.isFaultToleranceRequired());
		assertFalse(batch.isSetFaultToleranceApproach());
		Workload web = element(model, Workload.class, "Web");
		assertTrue(web.isFaultToleranceRequired());
		assertFalse(web.isSetFaultToleranceApproach());
		assertFalse(element(model, Workload.class, "Other").isSetFaultToleranceRequired());
	}

	@Test
	void workloadWithoutEstimatedKeywordIsNotEstimatedAndHasOneInstance() {
		Workload workload = element(parse("workload W { kind vdi-desktop }"), Workload.class, "W");
		assertFalse(workload.isEstimated());
		assertEquals(1, workload.getInstances());
		assertEquals(WorkloadKind.VDI_DESKTOP, workload.getKind());
	}

	@Test
	void workloadGroupReferencesHostDesignAndIsolationDomain() {
		DdcModel model = parse("""
				isolation-domain DMZ
				host-design Std { }
				workload-group Web {
					description "front end"
					host-design Std
					tier mid-range
					isolation DMZ
				}
				""");
		WorkloadGroup group = element(model, WorkloadGroup.class, "Web");
		assertEquals("front end", group.getDescription());
		assertSame(element(model, HostDesign.class, "Std"), group.getHostDesign());
		assertEquals(HostTier.MID_RANGE, group.getTier());
		assertSame(element(model, IsolationDomain.class, "DMZ"), group.getIsolation());
	}

	@Test
	void hostDesignParsesDeviceAttributesCpuPlacementAdaptersTeamsAndHbas() {
		DdcModel model = parse(NETWORK + """
				rack R1 { height 42 U feed A 5 kW feed B 5 kW }
				power-feed A
				power-feed B
				storage-system SAN-1 { }
				storage-switch FC-A { }
				host-design Std {
					description "standard host"
					model "HP DL380p Gen8"
					height 2 U
					power-draw 450 W
					power-supplies 2 redundant rating 750 W feeds A, B
					features redundant-fans, ecc-memory, hardware-virtualization, slat
					scaling-validated yes
					placement R1 at U 10 count 4
					quantity 8
					cluster-size 8
					form-factor rack
					tier high-end
					cpu 2 x 12 cores 2.7 GHz amd threads 2
					memory 256 GB
					boot-from-san no
					storage SAN-1
					adapter mgmt ports 2 speed 1 Gbps purpose host-management, live-migration vlan-tagging {
						port 1 switch SW-1 subnets Mgmt, Guests
						port 2 switch SW-2
					}
					adapter data ports 2 speed 10 Gbps purpose guest-traffic
					team T1 members mgmt, data mode load-balancing
					hba fc0 fibre-channel ports 2 speed 8 Gbps purpose guest-storage switch FC-A
					hba boot iscsi
				}
				""");
		HostDesign host = element(model, HostDesign.class, "Std");
		assertEquals("standard host", host.getDescription());
		assertEquals("HP DL380p Gen8", host.getModel());
		assertEquals(RackSpace.valueOf("2 U"), host.getHeight());
		assertEquals(Power.valueOf("450 W"), host.getPowerDraw());
		assertEquals(List.of(Feature.REDUNDANT_FANS, Feature.ECC_MEMORY, Feature.HARDWARE_VIRTUALIZATION,
				Feature.SLAT), host.getFeatures());
		assertTrue(host.isScalingValidated());
		assertEquals(8, host.getQuantity());
		assertEquals(8, host.getClusterSize());
		assertEquals(FormFactor.RACK, host.getFormFactor());
		assertEquals(HostTier.HIGH_END, host.getTier());
		assertEquals(DataSize.valueOf("256 GB"), host.getMemory());
		assertFalse(host.isBootFromSan());
		assertSame(element(model, StorageSystem.class, "SAN-1"), host.getStorageSystems().get(0));

		PowerSupplies supplies = host.getPowerSupplies();
		assertEquals(2, supplies.getCount());
		assertTrue(supplies.isRedundant());
		assertEquals(Power.valueOf("750 W"), supplies.getRating());
		assertEquals(List.of(element(model, PowerFeed.class, "A"), element(model, PowerFeed.class, "B")),
				supplies.getFeeds());

		Placement placement = host.getPlacements().get(0);
		assertSame(element(model, Rack.class, "R1"), placement.getRack());
		assertEquals(10, placement.getPosition());
		assertEquals(4, placement.getCount());

		CpuSpec cpu = host.getCpu();
		assertEquals(2, cpu.getSockets());
		assertEquals(12, cpu.getCoresPerSocket());
		assertEquals(CpuVendor.AMD, cpu.getVendor());
		assertEquals(2, cpu.getThreadsPerCore());

		NetworkAdapter mgmt = host.getAdapters().get(0);
		assertEquals("mgmt", mgmt.getName());
		assertEquals(2, mgmt.getPortCount());
		assertEquals(DataRate.valueOf("1 Gbps"), mgmt.getSpeed());
		assertEquals(List.of(NicPurpose.HOST_MANAGEMENT, NicPurpose.LIVE_MIGRATION), mgmt.getPurposes());
		assertTrue(mgmt.isVlanTagging());
		assertEquals(2, mgmt.getPorts().size());
		PortConnection port1 = mgmt.getPorts().get(0);
		assertEquals(1, port1.getIndex());
		assertSame(element(model, NetworkSwitch.class, "SW-1"), port1.getSwitch());
		assertEquals(List.of("Mgmt", "Guests"), port1.getSubnets().stream().map(Subnet::getName).toList());
		PortConnection port2 = mgmt.getPorts().get(1);
		assertEquals(2, port2.getIndex());
		assertSame(element(model, NetworkSwitch.class, "SW-2"), port2.getSwitch());
		assertTrue(port2.getSubnets().isEmpty());

		NetworkAdapter data = host.getAdapters().get(1);
		assertFalse(data.isVlanTagging());
		assertEquals(List.of(NicPurpose.GUEST_TRAFFIC), data.getPurposes());
		assertTrue(data.getPorts().isEmpty());

		NicTeam team = host.getTeams().get(0);
		assertEquals("T1", team.getName());
		assertEquals(List.of(mgmt, data), team.getMembers());
		assertEquals(TeamingMode.LOAD_BALANCING, team.getMode());

		Hba fc0 = host.getHbas().get(0);
		assertEquals("fc0", fc0.getName());
		assertEquals(HbaKind.FIBRE_CHANNEL, fc0.getKind());
		assertEquals(2, fc0.getPortCount());
		assertEquals(DataRate.valueOf("8 Gbps"), fc0.getSpeed());
		assertEquals(HbaPurpose.GUEST_STORAGE, fc0.getPurpose());
		assertSame(element(model, StorageSwitch.class, "FC-A"), fc0.getStorageSwitch());
		Hba boot = host.getHbas().get(1);
		assertEquals(HbaKind.ISCSI, boot.getKind());
		assertEquals(1, boot.getPortCount());
		assertNull(boot.getStorageSwitch());
	}

	@Test
	void hostDesignDeclaresNamedClustersThatGroupsAndVmmInstancesReferenceByName() {
		DdcModel model = parse("""
				host-design Web {
					quantity 6
					cluster CL-WEB-A hosts 4
					cluster CL-WEB-B hosts 2 failover-reserve N + 2
				}
				workload-group G { host-design Web cluster CL-WEB-B }
				vmm-instance V { manages Web manages-clusters CL-WEB-A, CL-WEB-B }
				""");
		HostDesign host = element(model, HostDesign.class, "Web");
		assertEquals(List.of("CL-WEB-A", "CL-WEB-B"), host.getClusters().stream().map(Cluster::getName).toList());
		Cluster a = host.getClusters().get(0);
		Cluster b = host.getClusters().get(1);
		assertEquals(4, a.getHosts());
		assertFalse(a.isSetFailoverReserve(), "no reserve of its own: the policy's applies");
		assertEquals(2, b.getHosts());
		assertTrue(b.isSetFailoverReserve());
		assertEquals(2, b.getFailoverReserve());
		assertSame(b, element(model, WorkloadGroup.class, "G").getCluster());
		VmmInstance vmm = element(model, VmmInstance.class, "V");
		assertEquals(List.of(host), vmm.getManages());
		assertEquals(List.of(a, b), vmm.getManagedClusters());
	}

		@Test
	void hostDesignVirtualSwitchesOnATeamOrAnAdapterCarryHostAdaptersWithWeights() {
		DdcModel model = parse("""
				subnet MGMT { vlan 10 }
				subnet LM { }
				host-design H {
					adapter nic1 ports 1 speed 10 Gbps
					adapter nic2 ports 1 speed 10 Gbps
					adapter nic3
					team T1 members nic1, nic2
					virtual-switch VS-1 team T1 {
						host-adapter vMgmt purpose host-management weight 10 subnets MGMT
						host-adapter vLM purpose live-migration, cluster-heartbeat weight 40 subnets LM vlan 40
						host-adapter vBackup
						default-weight 50
					}
					virtual-switch VS-2 adapter nic3
				}
				""");
		HostDesign host = element(model, HostDesign.class, "H");
		assertEquals(2, host.getVirtualSwitches().size());
		VirtualSwitch vs1 = host.getVirtualSwitches().get(0);
		assertEquals("VS-1", vs1.getName());
		assertSame(host.getTeams().get(0), vs1.getTeam());
		assertNull(vs1.getAdapter());
		assertTrue(vs1.isSetDefaultWeight());
		assertEquals(50, vs1.getDefaultWeight());
		assertEquals(3, vs1.getHostAdapters().size());
		HostVirtualAdapter mgmt = vs1.getHostAdapters().get(0);
		assertEquals("vMgmt", mgmt.getName());
		assertEquals(List.of(NicPurpose.HOST_MANAGEMENT), mgmt.getPurposes());
		assertEquals(10, mgmt.getWeight());
		assertEquals(List.of(element(model, Subnet.class, "MGMT")), mgmt.getSubnets());
		assertFalse(mgmt.isSetVlan());
		HostVirtualAdapter lm = vs1.getHostAdapters().get(1);
		assertEquals(List.of(NicPurpose.LIVE_MIGRATION, NicPurpose.CLUSTER_HEARTBEAT), lm.getPurposes());
		assertEquals(40, lm.getVlan());
		HostVirtualAdapter backup = vs1.getHostAdapters().get(2);
		assertFalse(backup.isSetWeight(), "no weight: no minimum bandwidth");
		assertTrue(backup.getPurposes().isEmpty());

		VirtualSwitch vs2 = host.getVirtualSwitches().get(1);
		assertSame(host.getAdapters().get(2), vs2.getAdapter());
		assertNull(vs2.getTeam());
		assertTrue(vs2.getHostAdapters().isEmpty());
		assertFalse(vs2.isSetDefaultWeight());
	}

	@Test
	void adapterWithoutPortsDefaultsToOnePortAndPlacementToOneDevice() {
		DdcModel model = parse("""
				rack R1 { height 42 U }
				host-design H { adapter nic placement R1 at U 1 power-supplies 1 }
				""");
		HostDesign host = element(model, HostDesign.class, "H");
		assertEquals(1, host.getAdapters().get(0).getPortCount());
		assertEquals(1, host.getPlacements().get(0).getCount());
		assertFalse(host.getPowerSupplies().isRedundant());
		assertTrue(host.getPowerSupplies().getFeeds().isEmpty());
	}

	@Test
	void managementServersVmmOpsMgrAndConfigMgrParse() {
		DdcModel model = parse(NETWORK + """
				host-design Std { }
				management-server MGMT-1 {
					model "Dell R620"
					roles domain-controller, dns, vmm, sql-server
					runs virtual-outside
					count 2
					interface switch SW-1 subnets Mgmt
					interface switch SW-2
				}
				vmm-instance VMM {
					description "one VMM for all hosts"
					servers MGMT-1
					manages Std
				}
				opsmgr-group OM {
					servers MGMT-1
					vmm VMM
				}
				configmgr-site CM1 {
					description "primary site"
					servers MGMT-1
				}
				""");
		ManagementServer server = element(model, ManagementServer.class, "MGMT-1");
		assertEquals("Dell R620", server.getModel());
		assertEquals(List.of(ManagementRole.DOMAIN_CONTROLLER, ManagementRole.DNS, ManagementRole.VMM,
				ManagementRole.SQL_SERVER), server.getRoles());
		assertEquals(ServerPlacement.VIRTUAL_OUTSIDE, server.getRuns());
		assertEquals(2, server.getCount());
		assertEquals(2, server.getConnections().size());
		assertSame(element(model, NetworkSwitch.class, "SW-1"), server.getConnections().get(0).getSwitch());
		assertFalse(server.getConnections().get(0).isSetIndex());
		assertEquals("Mgmt", server.getConnections().get(0).getSubnets().get(0).getName());

		VmmInstance vmm = element(model, VmmInstance.class, "VMM");
		assertEquals("one VMM for all hosts", vmm.getDescription());
		assertEquals(List.of(server), vmm.getServers());
		assertEquals(List.of(element(model, HostDesign.class, "Std")), vmm.getManages());

		OpsMgrGroup om = element(model, OpsMgrGroup.class, "OM");
		assertEquals(List.of(server), om.getServers());
		assertSame(vmm, om.getVmm());

		ConfigMgrSite site = element(model, ConfigMgrSite.class, "CM1");
		assertEquals("primary site", site.getDescription());
		assertEquals(List.of(server), site.getServers());
	}

	@Test
	void managementServerRunsVirtualInsideOnAWorkloadGroupWithWhatEachInstanceNeeds() {
		DdcModel model = parse("""
				workload-group GRP-MGMT { }
				management-server SCOM {
					roles operations-manager
					runs virtual-inside on GRP-MGMT
					count 2
					memory 16 GB
					cpu 10 %
					vcpus 4
					disk 200 GB
					iops 300 IOPS
				}
				management-server RDS { roles rd-web-access runs virtual-inside }
				management-server DC { roles domain-controller runs virtual-outside memory 4 GB }
				""");
		ManagementServer scom = element(model, ManagementServer.class, "SCOM");
		assertEquals(ServerPlacement.VIRTUAL_INSIDE, scom.getRuns());
		assertSame(element(model, WorkloadGroup.class, "GRP-MGMT"), scom.getGroup());
		assertEquals(DataSize.valueOf("16 GB"), scom.getMemory());
		assertEquals(Percentage.valueOf("10 %"), scom.getCpu());
		assertTrue(scom.isSetVcpus());
		assertEquals(4, scom.getVcpus());
		assertEquals(DataSize.valueOf("200 GB"), scom.getDisk());
		assertEquals(IoRate.valueOf("300 IOPS"), scom.getIops());

		ManagementServer rds = element(model, ManagementServer.class, "RDS");
		assertEquals(ServerPlacement.VIRTUAL_INSIDE, rds.getRuns());
		assertNull(rds.getGroup());
		assertNull(rds.getMemory());
		assertFalse(rds.isSetVcpus());
		ManagementServer dc = element(model, ManagementServer.class, "DC");
		assertEquals(ServerPlacement.VIRTUAL_OUTSIDE, dc.getRuns());
		assertEquals(DataSize.valueOf("4 GB"), dc.getMemory());
	}

	@Test
	void storageSystemParsesDiskGroupsProcessorsAndManagementPort() {
		DdcModel model = parse(NETWORK + """
				storage-switch FC-A { }
				storage-switch FC-B { }
				storage-system SAN-1 {
					model "EVA 6400"
					type san
					protocol fibre-channel
					disks 24 x 1.2 TB sas-10k 150 IOPS raid-10 hot-spares 2
					disks 12 x 400 GB ssd
					processor SP-A switches FC-A, FC-B
					processor SP-B
					multipath yes
					management-port switch SW-1 subnets Mgmt
				}
				""");
		StorageSystem san = element(model, StorageSystem.class, "SAN-1");
		assertEquals("EVA 6400", san.getModel());
		assertEquals(StorageType.SAN, san.getType());
		assertEquals(StorageProtocol.FIBRE_CHANNEL, san.getProtocol());
		assertTrue(san.isMultipath());

		DiskGroup sas = san.getDiskGroups().get(0);
		assertEquals(24, sas.getCount());
		assertEquals(DataSize.valueOf("1.2 TB"), sas.getSize());
		assertEquals(DiskKind.SAS10K, sas.getKind());
		assertEquals(IoRate.valueOf("150 IOPS"), sas.getIopsPerDisk());
		assertEquals(RaidLevel.RAID10, sas.getRaid());
		assertEquals(2, sas.getHotSpares());
		DiskGroup ssd = san.getDiskGroups().get(1);
		assertEquals(DiskKind.SSD, ssd.getKind());
		assertNull(ssd.getIopsPerDisk());
		assertFalse(ssd.isSetRaid());
		assertEquals(0, ssd.getHotSpares());

		StorageProcessor spA = san.getProcessors().get(0);
		assertEquals("SP-A", spA.getName());
		assertEquals(List.of("FC-A", "FC-B"), spA.getSwitches().stream().map(StorageSwitch::getName).toList());
		assertTrue(san.getProcessors().get(1).getSwitches().isEmpty());

		assertSame(element(model, NetworkSwitch.class, "SW-1"), san.getManagementPort().getSwitch());
		assertEquals("Mgmt", san.getManagementPort().getSubnets().get(0).getName());
	}

	@Test
	void storageSwitchParsesProtocolPortsPartnerAndInterconnect() {
		DdcModel model = parse(NETWORK + """
				storage-switch FC-A {
					model "Brocade 300"
					protocol fibre-channel
					ports 24
					speed 8 Gbps
					partner FC-B
					interconnect 16 Gbps
					management-port switch SW-1
				}
				storage-switch FC-B { protocol ethernet partner FC-A }
				""");
		StorageSwitch a = element(model, StorageSwitch.class, "FC-A");
		StorageSwitch b = element(model, StorageSwitch.class, "FC-B");
		assertEquals("Brocade 300", a.getModel());
		assertEquals(SwitchProtocol.FIBRE_CHANNEL, a.getProtocol());
		assertEquals(24, a.getPortCount());
		assertEquals(DataRate.valueOf("8 Gbps"), a.getSpeed());
		assertSame(b, a.getPartner());
		assertSame(a, b.getPartner());
		assertEquals(DataRate.valueOf("16 Gbps"), a.getInterconnect());
		assertSame(element(model, NetworkSwitch.class, "SW-1"), a.getManagementPort().getSwitch());
		assertEquals(SwitchProtocol.ETHERNET, b.getProtocol());
	}

	@Test
	void subnetOnEthernetStorageSwitchesAndAnIscsiHbaOnItsSubnet() {
		DdcModel model = parse("""
				storage-switch ISW-A { protocol ethernet }
				storage-switch ISW-B { protocol ethernet }
				subnet ISCSI-A { vlan 70 purpose iscsi storage-switches ISW-A, ISW-B }
				host-design H {
					hba iscsi1 iscsi ports 1 speed 10 Gbps purpose guest-storage switch ISW-A subnet ISCSI-A
					hba iscsi2 iscsi subnet ISCSI-A
					hba fc1 fibre-channel
				}
				""");
		Subnet subnet = element(model, Subnet.class, "ISCSI-A");
		assertEquals(List.of(element(model, StorageSwitch.class, "ISW-A"), element(model, StorageSwitch.class, "ISW-B")),
				subnet.getStorageSwitches());
		assertTrue(subnet.getSwitches().isEmpty());
		HostDesign host = element(model, HostDesign.class, "H");
		assertSame(subnet, host.getHbas().get(0).getSubnet());
		assertSame(element(model, StorageSwitch.class, "ISW-A"), host.getHbas().get(0).getStorageSwitch());
		assertSame(subnet, host.getHbas().get(1).getSubnet());
		assertNull(host.getHbas().get(2).getSubnet());
	}

	@Test
	void backupPlanReferencesWorkloadsGroupsAndTarget() {
		DdcModel model = parse("""
				workload W1 { }
				workload W2 { }
				workload-group G { }
				storage-system NAS { type nas protocol smb }
				backup-plan Nightly {
					description "nightly backup"
					approach vss-snapshot
					product "DPM 2012"
					rpo 24 h
					rto 2 h
					workloads W1, W2
					groups G
					target NAS
				}
				""");
		BackupPlan plan = element(model, BackupPlan.class, "Nightly");
		assertEquals("nightly backup", plan.getDescription());
		assertEquals(BackupApproach.VSS_SNAPSHOT, plan.getApproach());
		assertEquals("DPM 2012", plan.getProduct());
		assertEquals(Duration.valueOf("1 d"), plan.getRpo());
		assertEquals(Duration.valueOf("120 min"), plan.getRto());
		assertEquals(List.of("W1", "W2"), plan.getWorkloads().stream().map(Workload::getName).toList());
		assertSame(element(model, WorkloadGroup.class, "G"), plan.getGroups().get(0));
		assertSame(element(model, StorageSystem.class, "NAS"), plan.getTarget());
		assertEquals(StorageProtocol.SMB, plan.getTarget().getProtocol());
	}

	@Test
	void subnetAndSwitchParseWithCapabilitiesIncludingIeee8021q() {
		DdcModel model = parse("""
				subnet Mgmt {
					description "host management"
					cidr "10.140.1.0/24"
					vlan 140
					purpose host-management
					switches SW-1, SW-2
				}
				switch SW-1 {
					model "Cisco 3750"
					ports 48
					speed 1 Gbps
					managed yes
					capabilities ieee-802.1q, ieee-802.1x, port-mirroring, snmp, link-aggregation, source-port-filtering
					partner SW-2
					interconnect 10 Gbps
					management-port switch SW-2 subnets Mgmt
				}
				switch SW-2 { }
				""");
		Subnet subnet = element(model, Subnet.class, "Mgmt");
		assertEquals("host management", subnet.getDescription());
		assertEquals("10.140.1.0/24", subnet.getCidr());
		assertEquals(140, subnet.getVlan());
		assertEquals(NicPurpose.HOST_MANAGEMENT, subnet.getPurpose());
		assertEquals(List.of("SW-1", "SW-2"), subnet.getSwitches().stream().map(NetworkSwitch::getName).toList());

		NetworkSwitch sw = element(model, NetworkSwitch.class, "SW-1");
		assertEquals("Cisco 3750", sw.getModel());
		assertEquals(48, sw.getPortCount());
		assertEquals(DataRate.valueOf("1 Gbps"), sw.getSpeed());
		assertTrue(sw.isManaged());
		assertEquals(List.of(SwitchCapability.VLAN_TAGGING, SwitchCapability.PORT_AUTHENTICATION,
				SwitchCapability.PORT_MIRRORING, SwitchCapability.SNMP, SwitchCapability.LINK_AGGREGATION,
				SwitchCapability.SOURCE_PORT_FILTERING), sw.getCapabilities());
		assertSame(element(model, NetworkSwitch.class, "SW-2"), sw.getPartner());
		assertEquals(DataRate.valueOf("10 Gbps"), sw.getInterconnect());
		assertSame(subnet, sw.getManagementPort().getSubnets().get(0));
		assertFalse(element(model, NetworkSwitch.class, "SW-2").isSetPortCount());
	}

	@Test
	void switchRoleAndUplinksToOtherSwitches() {
		DdcModel model = parse("""
				switch CORE-1 { role core }
				switch CORE-2 { role core partner CORE-1 }
				switch AGG-1 { role aggregation uplink CORE-1 count 4 speed 40 Gbps }
				switch ACC-1 {
					ports 48
					role access
					uplink AGG-1 count 2 speed 10 Gbps
					uplink CORE-2
				}
				switch LAB { }
				""");
		NetworkSwitch core = element(model, NetworkSwitch.class, "CORE-1");
		assertEquals(SwitchRole.CORE, core.getRole());
		assertTrue(core.getUplinks().isEmpty());
		NetworkSwitch agg = element(model, NetworkSwitch.class, "AGG-1");
		assertEquals(SwitchRole.AGGREGATION, agg.getRole());
		Uplink up = agg.getUplinks().get(0);
		assertSame(core, up.getSwitch());
		assertEquals(4, up.getCount());
		assertEquals(DataRate.valueOf("40 Gbps"), up.getSpeed());
		NetworkSwitch access = element(model, NetworkSwitch.class, "ACC-1");
		assertEquals(SwitchRole.ACCESS, access.getRole());
		assertEquals(List.of(agg, element(model, NetworkSwitch.class, "CORE-2")),
				access.getUplinks().stream().map(Uplink::getSwitch).toList());
		assertEquals(1, access.getUplinks().get(1).getCount(), "one link unless a count is given");
		assertNull(access.getUplinks().get(1).getSpeed());
		assertFalse(element(model, NetworkSwitch.class, "LAB").isSetRole());
	}

	@Test
	void loadBalancerAndFirewallParse() {
		DdcModel model = parse(NETWORK + """
				workload Web { }
				load-balancer LB-1 {
					kind hardware
					type "F5 BIG-IP"
					quantity 2
					capabilities snmp, health-monitoring, traffic-shaping
					algorithm "least connections"
					serves Web
					interface switch SW-1 subnets Guests
				}
				firewall FW-1 {
					type "ASA 5585"
					quantity 2
					position datacenter-boundary
					capabilities intrusion-detection, remote-configuration
					serves Web
					interface switch SW-1
					interface switch SW-2
				}
				""");
		LoadBalancer lb = element(model, LoadBalancer.class, "LB-1");
		assertEquals(LoadBalancerKind.HARDWARE, lb.getKind());
		assertEquals("F5 BIG-IP", lb.getType());
		assertEquals(2, lb.getQuantity());
		assertEquals(List.of(LoadBalancerCapability.SNMP, LoadBalancerCapability.HEALTH_MONITORING,
				LoadBalancerCapability.TRAFFIC_SHAPING), lb.getCapabilities());
		assertEquals("least connections", lb.getAlgorithm());
		assertSame(element(model, Workload.class, "Web"), lb.getServes().get(0));
		assertEquals("Guests", lb.getInterfaces().get(0).getSubnets().get(0).getName());

		Firewall fw = element(model, Firewall.class, "FW-1");
		assertEquals("ASA 5585", fw.getType());
		assertEquals(FirewallPosition.DATACENTER_BOUNDARY, fw.getPosition());
		assertEquals(List.of(FirewallCapability.INTRUSION_DETECTION, FirewallCapability.REMOTE_CONFIGURATION),
				fw.getCapabilities());
		assertEquals(2, fw.getInterfaces().size());
		assertSame(element(model, NetworkSwitch.class, "SW-2"), fw.getInterfaces().get(1).getSwitch());
	}

	@Test
	void rackParsesHeightBudgetCircuitsFromPowerFeedsAndLocation() {
		DdcModel model = parse("""
				rack R1 {
					description "row 3"
					height 42 U
					power-budget 8 kW
					feed FEED-A 5 kW
					feed FEED-B 5 kW
					feed UPS
					location "Building 2, room 14"
				}
				power-feed FEED-A {
					description "A side"
					capacity 40 kW
					source "UPS A"
				}
				power-feed FEED-B { capacity 40 kW }
				power-feed UPS
				""");
		Rack rack = element(model, Rack.class, "R1");
		assertEquals("row 3", rack.getDescription());
		assertEquals(RackSpace.valueOf("42 U"), rack.getHeight());
		assertEquals(8000.0, rack.getPowerBudget().base());
		PowerFeed a = element(model, PowerFeed.class, "FEED-A");
		assertEquals(List.of(a, element(model, PowerFeed.class, "FEED-B"), element(model, PowerFeed.class, "UPS")),
				rack.getCircuits().stream().map(PowerCircuit::getFeed).toList());
		assertEquals(Power.valueOf("5000 W"), rack.getCircuits().get(0).getCapacity());
		assertNull(rack.getCircuits().get(2).getCapacity());
		assertEquals("Building 2, room 14", rack.getLocation());

		assertEquals("A side", a.getDescription());
		assertEquals(Power.valueOf("40 kW"), a.getCapacity());
		assertEquals("UPS A", a.getSource());
		PowerFeed ups = element(model, PowerFeed.class, "UPS");
		assertNull(ups.getCapacity());
		assertNull(ups.getSource());
	}

	@Test
	void quotedNamesMayContainSpacesAndKeywordsAndAreReferencedQuoted() {
		DdcModel model = parse("""
				switch "Core Switch 1" { }
				switch "switch" { }
				subnet "Guest Network" { switches "Core Switch 1", "switch" }
				workload "Exchange Mailbox" { subnets "Guest Network" }
				""");
		Subnet subnet = element(model, Subnet.class, "Guest Network");
		assertEquals(List.of("Core Switch 1", "switch"),
				subnet.getSwitches().stream().map(NetworkSwitch::getName).toList());
		assertSame(subnet, element(model, Workload.class, "Exchange Mailbox").getSubnets().get(0));
	}

	@Test
	void quotedAndPlainSpellingOfTheSameNameAreTheSameName() {
		DdcModel model = parse("""
				subnet Mgmt { }
				workload W { subnets "Mgmt" }
				""");
		assertSame(element(model, Subnet.class, "Mgmt"), element(model, Workload.class, "W").getSubnets().get(0));
	}

	@Test
	void commentsAreIgnoredWhereverTheyAppear() {
		DdcModel model = parse("""
				// a line comment before everything
				/* a block comment
				   over two lines */
				workload W1 { // after the brace
					memory /* inside a value */ 4 GB
					/* before an attribute */ instances 2 // at line end
				}
				// at the end""");
		Workload workload = element(model, Workload.class, "W1");
		assertEquals(DataSize.valueOf("4 GB"), workload.getMemory());
		assertEquals(2, workload.getInstances());
		assertEquals(1, model.getElements().size());
	}

	@Test
	void attributesMayComeInAnyOrderAndOnOneLine() {
		DdcModel model = parse("workload W { cpu 5 % instances 3 memory 4 GB } workload V { memory 4 GB cpu 5 % }");
		Workload w = element(model, Workload.class, "W");
		Workload v = element(model, Workload.class, "V");
		assertEquals(3, w.getInstances());
		assertEquals(v.getMemory(), w.getMemory());
		assertEquals(v.getCpu(), w.getCpu());
	}

	@Test
	void emptyFileParsesToEmptyModel() {
		assertTrue(parse("").getElements().isEmpty());
		assertTrue(parse("  \n// only a comment\n").getElements().isEmpty());
	}
}
