package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.element;
import static org.ddc.dsl.tests.DdcTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.ddc.model.DdcFactory;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.ddc.model.Element;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicPurpose;
import org.ddc.model.NicTeam;
import org.ddc.model.PlatformVersion;
import org.ddc.model.PortConnection;
import org.ddc.model.SizingPolicy;
import org.ddc.model.Subnet;
import org.ddc.model.SwitchCapability;
import org.ddc.model.TeamingMode;
import org.ddc.model.Workload;
import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Unit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

/** Models built in code serialize to .ddc text that parses back to the same values and references. */
class SerializerTest {
	private static final DdcFactory F = DdcFactory.eINSTANCE;

	/** Serializes a model with formatting, the way generated designs are written. */
	private static String serialize(Element... elements) {
		DdcModel model = F.createDdcModel();
		model.getElements().addAll(List.of(elements));
		XtextResourceSet resourceSet = DdcTestSupport.injector().getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/generated.ddc"));
		resource.getContents().add(model);
		return DdcTestSupport.injector().getInstance(ISerializer.class).serialize(model,
				SaveOptions.newBuilder().format().getOptions());
	}

	private static NetworkSwitch networkSwitch(String name) {
		NetworkSwitch networkSwitch = F.createNetworkSwitch();
		networkSwitch.setName(name);
		return networkSwitch;
	}

	private static Subnet subnet(String name, NetworkSwitch... switches) {
		Subnet subnet = F.createSubnet();
		subnet.setName(name);
		subnet.getSwitches().addAll(List.of(switches));
		return subnet;
	}

	private static NetworkAdapter adapter(String name) {
		NetworkAdapter adapter = F.createNetworkAdapter();
		adapter.setName(name);
		return adapter;
	}

	@Test
	void designBuiltInCodeSurvivesSerializationAndReparsing() {
		Design design = F.createDesign();
		design.setName("Contoso");
		design.setPlatform(PlatformVersion.HYPERV2012R2);
		design.setGreenfield(true);
		SizingPolicy policy = F.createSizingPolicy();
		policy.setPeakBuffer(Percentage.valueOf("20 %"));
		policy.setFailoverReserve(1);
		design.setPolicy(policy);

		NetworkSwitch core = networkSwitch("SW-1");
		core.setPortCount(48);
		core.setSpeed(DataRate.of(10, Unit.GBPS));
		core.getCapabilities().add(SwitchCapability.VLAN_TAGGING);
		Subnet mgmt = subnet("Mgmt", core);
		mgmt.setCidr("10.140.1.0/24");
		mgmt.setVlan(140);

		Workload workload = F.createWorkload();
		workload.setName("App-1");
		workload.setInstances(3);
		workload.setMemory(DataSize.of(1.5, Unit.GB));
		workload.getSubnets().add(mgmt);
		workload.getOperatingSystems().add("Windows Server 2012");
		workload.setIsolationRequired(false);
		workload.setFaultToleranceRequired(false);

		HostDesign host = F.createHostDesign();
		host.setName("Std");
		host.setMemory(DataSize.valueOf("256 GB"));
		NetworkAdapter nic = adapter("mgmt");
		nic.setPortCount(2);
		nic.setSpeed(DataRate.valueOf("1 Gbps"));
		nic.getPurposes().add(NicPurpose.HOST_MANAGEMENT);
		nic.setVlanTagging(true);
		PortConnection port = F.createPortConnection();
		port.setIndex(2);
		port.setSwitch(core);
		port.getSubnets().add(mgmt);
		nic.getPorts().add(port);
		NetworkAdapter data = adapter("data");
		host.getAdapters().addAll(List.of(nic, data));
		NicTeam team = F.createNicTeam();
		team.setName("T1");
		team.getMembers().addAll(List.of(nic, data));
		team.setMode(TeamingMode.LOAD_BALANCING);
		host.getTeams().add(team);

		String text = serialize(design, core, mgmt, workload, host);
		DdcModel model = parse(text);

		Design design2 = element(model, Design.class, "Contoso");
		assertEquals(PlatformVersion.HYPERV2012R2, design2.getPlatform());
		assertTrue(design2.isSetGreenfield() && design2.isGreenfield(), text);
		assertFalse(design2.isSetVdi(), text);
		assertEquals(Percentage.valueOf("20 %"), design2.getPolicy().getPeakBuffer());
		assertEquals(1, design2.getPolicy().getFailoverReserve());

		NetworkSwitch core2 = element(model, NetworkSwitch.class, "SW-1");
		assertEquals(48, core2.getPortCount());
		assertEquals(DataRate.valueOf("10000 Mbps"), core2.getSpeed());
		assertEquals(List.of(SwitchCapability.VLAN_TAGGING), core2.getCapabilities());

		Subnet mgmt2 = element(model, Subnet.class, "Mgmt");
		assertEquals("10.140.1.0/24", mgmt2.getCidr());
		assertEquals(140, mgmt2.getVlan());
		assertSame(core2, mgmt2.getSwitches().get(0));

		Workload workload2 = element(model, Workload.class, "App-1");
		assertEquals(3, workload2.getInstances());
		assertEquals(DataSize.valueOf("1536 MB"), workload2.getMemory());
		assertSame(mgmt2, workload2.getSubnets().get(0));
		assertEquals(List.of("Windows Server 2012"), workload2.getOperatingSystems());
		assertTrue(workload2.isSetIsolationRequired() && !workload2.isIsolationRequired(), text);
		assertTrue(workload2.isSetFaultToleranceRequired() && !workload2.isFaultToleranceRequired(), text);

		HostDesign host2 = element(model, HostDesign.class, "Std");
		assertEquals(DataSize.valueOf("256 GB"), host2.getMemory());
		NetworkAdapter nic2 = host2.getAdapters().get(0);
		assertEquals("mgmt", nic2.getName());
		assertEquals(2, nic2.getPortCount());
		assertEquals(List.of(NicPurpose.HOST_MANAGEMENT), nic2.getPurposes());
		assertTrue(nic2.isVlanTagging());
		PortConnection port2 = nic2.getPorts().get(0);
		assertEquals(2, port2.getIndex());
		assertSame(core2, port2.getSwitch());
		assertSame(mgmt2, port2.getSubnets().get(0));
		NicTeam team2 = host2.getTeams().get(0);
		assertEquals(host2.getAdapters(), team2.getMembers());
		assertEquals(TeamingMode.LOAD_BALANCING, team2.getMode());
	}

	@Test
	void serializedTextIsFormattedOneAttributePerLine() {
		NetworkSwitch core = networkSwitch("SW-1");
		core.setPortCount(48);
		Subnet mgmt = subnet("Mgmt", core);
		mgmt.setVlan(10);
		assertEquals("""
				switch SW-1 {
				\tports 48
				}

				subnet Mgmt {
				\tvlan 10
				\tswitches SW-1
				}
				""", serialize(core, mgmt));
	}

	@Test
	void namesThatAreKeywordsOrContainSpacesAreQuoted() {
		NetworkSwitch keyword = networkSwitch("switch");
		NetworkSwitch spaced = networkSwitch("Core Switch 1");
		NetworkSwitch digit = networkSwitch("10G-Core");
		Subnet subnet = subnet("Guest Network", keyword, spaced, digit);
		HostDesign host = F.createHostDesign();
		host.setName("x");
		NetworkAdapter port = adapter("port");
		host.getAdapters().add(port);
		NicTeam team = F.createNicTeam();
		team.setName("N");
		team.getMembers().add(port);
		host.getTeams().add(team);

		String text = serialize(keyword, spaced, digit, subnet, host);
		assertTrue(text.contains("switch \"switch\" {"), text);
		assertTrue(text.contains("switch \"Core Switch 1\" {"), text);
		assertTrue(text.contains("switch \"10G-Core\" {"), text);
		assertTrue(text.contains("subnet \"Guest Network\" {"), text);
		for (String reference : List.of("\"switch\"", "\"Core Switch 1\"", "\"10G-Core\"")) {
			assertTrue(Pattern.compile("(?m)^\\s*switches .*" + Pattern.quote(reference)).matcher(text).find(), text);
		}
		assertTrue(text.contains("host-design \"x\" {"), text);
		assertTrue(text.contains("team \"N\" members \"port\""), text);

		DdcModel model = parse(text);
		Subnet subnet2 = element(model, Subnet.class, "Guest Network");
		assertEquals(List.of("switch", "Core Switch 1", "10G-Core"),
				subnet2.getSwitches().stream().map(NetworkSwitch::getName).toList());
		HostDesign host2 = element(model, HostDesign.class, "x");
		assertSame(host2.getAdapters().get(0), host2.getTeams().get(0).getMembers().get(0));
	}

	@Test
	void plainNamesAreNotQuoted() {
		String text = serialize(networkSwitch("SW-DDC-14"), networkSwitch("core_2"));
		assertTrue(text.contains("switch SW-DDC-14 {"), text);
		assertTrue(text.contains("switch core_2 {"), text);
	}

	@Test
	void stringsWithQuotesAndBackslashesAreEscaped() {
		Subnet subnet = subnet("S");
		subnet.setDescription("the \"management\" net on C:\\nets");
		String text = serialize(subnet);
		assertEquals(subnet.getDescription(), element(parse(text), Subnet.class, "S").getDescription());
	}

	@Test
	void parsedDesignSerializesBackToAnEquivalentModel() {
		DdcModel original = parse("""
				design D { platform hyperv-2012 policy { growth 10 % failover-reserve N+2 } }
				rack R1 { height 42 U feed A 5 kW }
				power-feed A { capacity 40 kW source "UPS A" }
				switch SW-1 { height 1 U placement R1 at U 42 power-supplies 1 feeds A capabilities snmp, ieee-802.1x }
				subnet Mgmt { cidr "10.1.1.0/24" vlan 10 switches SW-1 }
				workload W { memory 800 MB throughput 800 mbps rpo 90 s fault-tolerance required approach vm-clustering
					vendor-support nlb virtual-disk d 1.5 TB vhdx shared estimated }
				host-design H { cpu 2 x 8 cores 2.6 GHz intel threads 2 adapter a ports 2 { port 1 switch SW-1 subnets Mgmt }
					adapter b team t members a, b mode fault-tolerance hba h sas }
				storage-system S { disks 8 x 600 GB sas-15k 175 IOPS raid-6 hot-spares 1 }
				""");
		String text = DdcTestSupport.injector().getInstance(ISerializer.class).serialize(original,
				SaveOptions.newBuilder().format().getOptions());
		DdcTestSupport.assertSameContent(original, parse(text));
	}

	@Test
	void clustersFeedsUplinksVirtualSwitchesIscsiAndVmPlacementSerializeBackToAnEquivalentModel() {
		DdcModel original = parse("""
				design D { policy { failover-reserve N + 1 host-reserve 6 GB read-ratio 65 % io-size 64 KB backup-io 20 % } }
				power-feed FEED-A { capacity 40 kW source "UPS A" } power-feed FEED-B
				rack R1 { height 42 U feed FEED-A 5 kW feed FEED-B }
				switch CORE { role core } switch ACC { role access uplink CORE count 2 speed 40 Gbps uplink CORE }
				storage-switch ISW { protocol ethernet }
				subnet MGMT { vlan 10 switches ACC } subnet ISCSI { storage-switches ISW }
				host-design H { quantity 6 power-supplies 2 redundant feeds FEED-A, FEED-B placement R1 at U 1
					cluster CL-A hosts 4 cluster CL-B hosts 2 failover-reserve N + 2
					adapter a adapter b team T members a, b
					virtual-switch VS team T { host-adapter vMgmt purpose host-management weight 10 subnets MGMT vlan 10
						host-adapter vLM default-weight 50 }
					virtual-switch VS-2 adapter a
					hba i1 iscsi switch ISW subnet ISCSI }
				workload-group G { host-design H cluster CL-B }
				management-server M { roles operations-manager runs virtual-inside on G memory 16 GB cpu 10 % vcpus 4
					disk 200 GB iops 300 IOPS }
				management-server P { runs virtual-outside } management-server Q { runs virtual-inside }
				vmm-instance V { manages H manages-clusters CL-A, CL-B }
				opsmgr-group MG { vmm V monitors H monitors-clusters CL-A, CL-B }
				""");
		String text = DdcTestSupport.injector().getInstance(ISerializer.class).serialize(original,
				SaveOptions.newBuilder().format().getOptions());
		DdcTestSupport.assertSameContent(original, parse(text));
		assertTrue(text.contains("\tcluster CL-B hosts 2 failover-reserve N + 2\n"), text);
		assertTrue(text.contains("\truns virtual-inside on G\n"), text);
		assertTrue(text.contains("\tmanages-clusters CL-A, CL-B\n"), text);
		assertTrue(text.contains("\tmonitors-clusters CL-A, CL-B\n"), text);
		assertTrue(text.contains("\tbackup-io 20 %\n"), text);
	}
}
