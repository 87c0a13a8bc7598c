package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.ddc.analysis.StorageFabric;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.junit.jupiter.api.Test;

/** The storage fabric of a small design, worked by hand: fabric switches, external systems, processor ports. */
class StorageFabricTest {
	private static final String DESIGN = """
			storage-switch FC-A { ports 24 partner FC-B }
			storage-switch FC-B { ports 24 partner FC-A }
			storage-switch FC-C { ports 24 }
			storage-switch FC-D { ports 24 }
			storage-system SAN-1 {
				type san
				processor SP-A switches FC-A, FC-B
				processor SP-B switches FC-B, FC-A, FC-B
			}
			storage-system SAN-2 { type san processor SP-A switches FC-B }
			storage-system SAN-3 { type san }
			storage-system DAS-1 { type das }
			storage-system ARRAY-1 { processor SP-1 switches FC-C }
			storage-system ARRAY-2 { }
			storage-system NAS-1 { type nas processor SP-1 switches FC-C, FC-X }
			""";

	private final InlineDesign design = InlineDesign.of(DESIGN);
	private final StorageFabric fabric = design.analysis.fabric();

	@Test
	void switchesOf_theSwitchesItsProcessorsConnectTo_eachOnce() {
		assertEquals(List.of("FC-A", "FC-B"), switchesOf("SAN-1"));
		assertEquals(List.of("FC-B"), switchesOf("SAN-2"));
		assertEquals(List.of(), switchesOf("SAN-3"));
		assertEquals(List.of(), switchesOf("DAS-1"));
		assertEquals(List.of("FC-C"), switchesOf("ARRAY-1"));
		// FC-X is declared nowhere
		assertEquals(List.of("FC-C"), switchesOf("NAS-1"));
	}

	@Test
	void external_aSan_orAnUntypedSystemOnSwitches() {
		assertTrue(fabric.external(system("SAN-1")));
		assertTrue(fabric.external(system("SAN-3")), "a SAN without processors is still outside its hosts");
		assertFalse(fabric.external(system("DAS-1")));
		assertTrue(fabric.external(system("ARRAY-1")), "no type, but its processors connect to a switch");
		assertFalse(fabric.external(system("ARRAY-2")));
		assertFalse(fabric.external(system("NAS-1")), "a declared type other than SAN decides");
	}

	@Test
	void processorLinks_onePortPerProcessorThatNamesTheSwitch() {
		// FC-A: SAN-1 SP-A and SP-B (SP-B names FC-B twice, FC-A once)
		assertEquals(2, fabric.processorLinks(storageSwitch("FC-A")));
		// FC-B: SAN-1 SP-A, SAN-1 SP-B (once, though named twice), SAN-2 SP-A
		assertEquals(3, fabric.processorLinks(storageSwitch("FC-B")));
		// FC-C: ARRAY-1 SP-1 and NAS-1 SP-1
		assertEquals(2, fabric.processorLinks(storageSwitch("FC-C")));
		assertEquals(0, fabric.processorLinks(storageSwitch("FC-D")));
	}

	@Test
	void side_firstOfAPairIsA_itsPartnerB_unpairedSingle() {
		// FC-A names FC-B first; FC-C and FC-D name no partner and none names them
		assertEquals(StorageFabric.Side.A, fabric.side(storageSwitch("FC-A")));
		assertEquals(StorageFabric.Side.B, fabric.side(storageSwitch("FC-B")));
		assertEquals(StorageFabric.Side.SINGLE, fabric.side(storageSwitch("FC-C")));
		InlineDesign oneSided = InlineDesign.of("""
				storage-switch X-1 { ports 8 }
				storage-switch X-2 { ports 8 partner X-1 }
				storage-switch X-3 { ports 8 partner X-3 }
				""");
		StorageFabric sides = oneSided.analysis.fabric();
		// a pair declared on one side only is still a pair, in design order; naming itself is no partner
		assertEquals(StorageFabric.Side.A, sides.side(oneSided.element(StorageSwitch.class, "X-1")));
		assertEquals(StorageFabric.Side.B, sides.side(oneSided.element(StorageSwitch.class, "X-2")));
		assertEquals(StorageFabric.Side.SINGLE, sides.side(oneSided.element(StorageSwitch.class, "X-3")));
	}

	@Test
	void paths_theSwitchesBothTheHostsDataConnectionsAndTheProcessorsUse() {
		InlineDesign hosts = InlineDesign.of(DESIGN + """
				host-design H1 { quantity 2 storage SAN-1, SAN-2
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B
					hba BOOT-1 fibre-channel purpose boot-from-san switch FC-C }
				host-design H2 { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel switch FC-A
					adapter NIC-1 ports 2 { port 1 storage-switch FC-A port 2 storage-switch FC-D } }
				""");
		StorageFabric f = hosts.analysis.fabric();
		HostDesign h1 = hosts.element(HostDesign.class, "H1");
		HostDesign h2 = hosts.element(HostDesign.class, "H2");
		assertEquals(List.of("FC-A", "FC-B"), names(f.paths(h1, hosts.element(StorageSystem.class, "SAN-1"))));
		// SAN-2's only processor is on FC-B
		assertEquals(List.of("FC-B"), names(f.paths(h1, hosts.element(StorageSystem.class, "SAN-2"))));
		// the boot HBA on FC-C carries no data: no path to ARRAY-1 though its processor is on FC-C
		assertEquals(List.of(), names(f.paths(h1, hosts.element(StorageSystem.class, "ARRAY-1"))));
		// an HBA and an iSCSI port on FC-A are one path; FC-D reaches no processor of SAN-1
		assertEquals(List.of("FC-A"), names(f.paths(h2, hosts.element(StorageSystem.class, "SAN-1"))));
	}

	private static List<String> names(Set<StorageSwitch> switches) {
		return switches.stream().map(StorageSwitch::getName).toList();
	}

	@Test
	void fabric_isComputedOncePerAnalysis() {
		assertSame(fabric, design.analysis.fabric());
	}

	private List<String> switchesOf(String storage) {
		return fabric.switchesOf(system(storage)).stream().map(StorageSwitch::getName).toList();
	}

	private StorageSystem system(String name) {
		return design.element(StorageSystem.class, name);
	}

	private StorageSwitch storageSwitch(String name) {
		return design.element(StorageSwitch.class, name);
	}
}
