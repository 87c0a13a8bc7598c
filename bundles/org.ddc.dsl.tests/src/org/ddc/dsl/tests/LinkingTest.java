package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.assertError;
import static org.ddc.dsl.tests.DdcTestSupport.assertNoErrors;
import static org.ddc.dsl.tests.DdcTestSupport.element;
import static org.ddc.dsl.tests.DdcTestSupport.errors;
import static org.ddc.dsl.tests.DdcTestSupport.files;
import static org.ddc.dsl.tests.DdcTestSupport.findings;
import static org.ddc.dsl.tests.DdcTestSupport.load;
import static org.ddc.dsl.tests.DdcTestSupport.model;
import static org.ddc.dsl.tests.DdcTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.model.Cluster;
import org.ddc.model.DdcModel;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicTeam;
import org.ddc.model.Subnet;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names resolve within a file, across the files of a design, and nested names only where they belong. */
class LinkingTest {

	private static final String CATALOG = """
			switch SW-1 { ports 48 }
			switch SW-2 { ports 48 }
			subnet Mgmt { vlan 10 switches SW-1, SW-2 }
			subnet Guests { vlan 20 switches SW-2 }
			""";

	private static final String DESIGN = """
			design Contoso { platform hyperv-2012-r2 }
			workload Web { subnets Mgmt, Guests }
			host-design Std {
				adapter nic ports 2 {
					port 1 switch SW-1 subnets Mgmt
					port 2 switch SW-2 subnets Guests
				}
			}
			""";

	@Test
	void referencesResolveWithinOneFile() {
		DdcModel model = parse(CATALOG + "workload Web { subnets Mgmt }");
		Subnet mgmt = element(model, Subnet.class, "Mgmt");
		assertSame(mgmt, element(model, Workload.class, "Web").getSubnets().get(0));
		assertSame(element(model, NetworkSwitch.class, "SW-2"), mgmt.getSwitches().get(1));
	}

	@Test
	void referencesResolveAcrossTwoFilesOfOneDesign() {
		LoadedDesign design = load(files("network.ddc", CATALOG, "design.ddc", DESIGN));
		List<Finding> findings = findings(design);
		assertTrue(findings.isEmpty(), () -> DdcTestSupport.describe(findings));

		DdcModel catalog = model(design, "network.ddc");
		DdcModel main = model(design, "design.ddc");
		Workload web = element(main, Workload.class, "Web");
		assertSame(element(catalog, Subnet.class, "Mgmt"), web.getSubnets().get(0));
		assertSame(element(catalog, Subnet.class, "Guests"), web.getSubnets().get(1));
		NetworkAdapter nic = element(main, HostDesign.class, "Std").getAdapters().get(0);
		assertSame(element(catalog, NetworkSwitch.class, "SW-2"), nic.getPorts().get(1).getSwitch());
	}

	@Test
	void fileOrderDoesNotMatterForCrossFileReferences() {
		assertNoErrors(findings(files("design.ddc", DESIGN, "network.ddc", CATALOG)));
	}

	@Test
	void referenceToAnotherFileFailsWhenThatFileIsNotPartOfTheDesign() {
		List<Finding> findings = findings(DESIGN);
		assertTrue(findings.stream().anyMatch(f -> f.line() == 2 && f.code().equals(IssueCodes.UNRESOLVED)
				&& f.message().startsWith("unknown subnet 'Mgmt'")), () -> DdcTestSupport.describe(findings));
		assertTrue(errors(findings).stream().allMatch(f -> f.code().equals(IssueCodes.UNRESOLVED)),
				() -> DdcTestSupport.describe(findings));
		assertEquals(6, errors(findings).size(), () -> DdcTestSupport.describe(findings));
	}

	@Test
	void referencesResolveAcrossRealFilesInAFolder(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a-network.ddc"), CATALOG);
		Files.createDirectories(folder.resolve("hosts"));
		Files.writeString(folder.resolve("hosts/design.ddc"), DESIGN);
		Files.writeString(folder.resolve("notes.txt"), "not a design file");
		LoadedDesign design = DdcTestSupport.injector().getInstance(DesignLoader.class).load(List.of(folder));
		assertEquals(2, design.files().size());
		List<Finding> findings = findings(design);
		assertTrue(findings.isEmpty(), () -> DdcTestSupport.describe(findings));
	}

	@Test
	void forwardReferencesResolve() {
		DdcModel model = parse("""
				workload Web { subnets Later group G }
				workload-group G { host-design H }
				host-design H { }
				subnet Later { }
				""");
		Workload web = element(model, Workload.class, "Web");
		assertSame(element(model, Subnet.class, "Later"), web.getSubnets().get(0));
		assertSame(element(model, HostDesign.class, "H"), web.getGroup().getHostDesign());
	}

	@Test
	void unknownSwitchIsUnresolvedWithDidYouMeanForACloseName() {
		List<Finding> findings = findings("""
				switch SW-1 { }
				subnet Mgmt {
					switches SW-9
				}
				""");
		Finding finding = assertError(findings, IssueCodes.UNRESOLVED, 3, "unknown switch 'SW-9'");
		assertTrue(finding.message().contains("(did you mean 'SW-1'?)"), finding::format);
		assertEquals(3, finding.line());
		assertEquals(11, finding.column());
	}

	@Test
	void didYouMeanIgnoresCase() {
		Finding finding = assertError(findings("subnet Mgmt { }\nworkload W { subnets mgmt }"),
				IssueCodes.UNRESOLVED, 2, "unknown subnet 'mgmt'");
		assertTrue(finding.message().contains("did you mean 'Mgmt'?"), finding::format);
	}

	@Test
	void didYouMeanSuggestsOnlyElementsOfTheReferencedKind() {
		Finding finding = assertError(findings("switch Mgmt { }\nworkload W { subnets Mgmt }"),
				IssueCodes.UNRESOLVED, 2, "unknown subnet 'Mgmt'");
		assertFalse(finding.message().contains("did you mean"), finding::format);
	}

	@Test
	void unknownNameWithoutCloseMatchTellsHowToDeclareIt() {
		Finding finding = assertError(findings("switch SW-1 { }\nsubnet Mgmt { switches Core }"),
				IssueCodes.UNRESOLVED, 2, "unknown switch 'Core'");
		assertFalse(finding.message().contains("did you mean"), finding::format);
		assertTrue(finding.message().contains("declare it with 'switch Core'"), finding::format);
	}

	@Test
	void unresolvedReferenceNamesTheKindOfEveryReferencedElement() {
		List<Finding> findings = findings("""
				workload W {
					isolation Iso
					group G
				}
				workload-group G2 { host-design H }
				host-design H2 {
					storage S
					placement R at U 1
					hba h fibre-channel switch FC
				}
				vmm-instance V { servers M }
				opsmgr-group O { vmm V2 }
				backup-plan B { workloads W9 }
				""");
		assertError(findings, IssueCodes.UNRESOLVED, 2, "unknown isolation domain 'Iso'");
		assertError(findings, IssueCodes.UNRESOLVED, 3, "unknown workload group 'G'");
		assertError(findings, IssueCodes.UNRESOLVED, 5, "unknown host design 'H'");
		assertError(findings, IssueCodes.UNRESOLVED, 7, "unknown storage system 'S'");
		assertError(findings, IssueCodes.UNRESOLVED, 8, "unknown rack 'R'");
		assertError(findings, IssueCodes.UNRESOLVED, 9, "unknown storage switch 'FC'");
		assertError(findings, IssueCodes.UNRESOLVED, 11, "unknown management server 'M'");
		assertError(findings, IssueCodes.UNRESOLVED, 12, "unknown VMM instance 'V2'");
		assertError(findings, IssueCodes.UNRESOLVED, 13, "unknown workload 'W9'");
	}

	@Test
	void teamMembersResolveToAdaptersOfTheSameHostDesign() {
		DdcModel model = parse("""
				host-design H1 {
					adapter mgmt
					adapter data
					team T members mgmt, data
				}
				host-design H2 {
					adapter mgmt
					adapter data
					team T members data, mgmt
				}
				""");
		HostDesign h1 = element(model, HostDesign.class, "H1");
		HostDesign h2 = element(model, HostDesign.class, "H2");
		NicTeam t1 = h1.getTeams().get(0);
		NicTeam t2 = h2.getTeams().get(0);
		assertEquals(h1.getAdapters(), t1.getMembers());
		assertSame(h2.getAdapters().get(1), t2.getMembers().get(0));
		assertSame(h2.getAdapters().get(0), t2.getMembers().get(1));
	}

	@Test
	void teamMemberOfAnotherHostDesignIsUnresolved() {
		List<Finding> findings = findings("""
				host-design H1 { adapter data }
				host-design H2 {
					adapter mgmt
					team T members mgmt, data
				}
				""");
		Finding finding = assertError(findings, IssueCodes.UNRESOLVED, 4, "unknown network adapter 'data'");
		assertTrue(finding.message().contains("declare it with 'adapter data'"), finding::format);
	}

	@Test
	void teamMemberCannotReachAnotherHostDesignByQualifiedName() {
		List<Finding> findings = findings("""
				host-design H1 { adapter data }
				host-design H2 {
					adapter mgmt
					team T members mgmt, "H1.data"
				}
				""");
		assertError(findings, IssueCodes.UNRESOLVED, 4, "unknown network adapter 'H1.data'");
	}

	@Test
	void misspelledTeamMemberSuggestsAnAdapterOfTheSameHostDesign() {
		Finding finding = assertError(findings("""
				host-design H1 { adapter storage }
				host-design H2 {
					adapter mgmt
					team T members mgnt
				}
				"""), IssueCodes.UNRESOLVED, 4, "unknown network adapter 'mgnt'");
		assertTrue(finding.message().contains("did you mean 'mgmt'?"), finding::format);
	}

	@Test
	void clustersAreReferencedByTheirOwnNameFromAnyFileOfTheDesign() {
		LoadedDesign design = load(files(
				"hosts.ddc", "host-design Web { quantity 4 cluster CL-WEB-A hosts 4 }\n",
				"groups.ddc", "workload-group G { host-design Web cluster CL-WEB-A }\n"));
		assertNoErrors(findings(design));
		Cluster cluster = element(model(design, "hosts.ddc"), HostDesign.class, "Web").getClusters().get(0);
		assertSame(cluster, element(model(design, "groups.ddc"), WorkloadGroup.class, "G").getCluster());
		XtextResource hosts = (XtextResource) cluster.eResource();
		List<String> exported = new java.util.ArrayList<>();
		DdcTestSupport.injector().getInstance(IResourceDescription.Manager.class).getResourceDescription(hosts)
				.getExportedObjects().forEach(d -> exported.add(d.getQualifiedName().toString()));
		assertEquals(List.of("Web", "CL-WEB-A"), exported, "a cluster's name is design-wide, not 'Web.CL-WEB-A'");
	}

	@Test
	void unknownClusterSuggestsADeclaredOne() {
		Finding finding = assertError(findings("""
				host-design Web { quantity 4 cluster CL-WEB-A hosts 4 }
				workload-group G { host-design Web cluster CL-WEB-9 }
				"""), IssueCodes.UNRESOLVED, 2, "unknown cluster 'CL-WEB-9'");
		assertTrue(finding.message().contains("did you mean 'CL-WEB-A'?"), finding::format);
	}

		@Test
	void virtualSwitchBindsToATeamOrAdapterOfItsOwnHostDesignOnly() {
		List<Finding> findings = findings("""
				host-design H1 { adapter nic team T members nic }
				host-design H2 {
					adapter nic
					virtual-switch VS-1 team T
					virtual-switch VS-2 adapter nic
				}
				""");
		assertError(findings, IssueCodes.UNRESOLVED, 4, "unknown team 'T'");
		assertEquals(1, errors(findings).size(), () -> DdcTestSupport.describe(findings));
		DdcModel model = parse("host-design H { adapter a adapter b team T members a, b virtual-switch VS team T }");
		HostDesign host = element(model, HostDesign.class, "H");
		assertSame(host.getTeams().get(0), host.getVirtualSwitches().get(0).getTeam());
	}

	@Test
	void unresolvedReferencesAcrossFilesAreReportedInTheReferencingFile() {
		Map<String, String> files = files("network.ddc", CATALOG, "design.ddc", "workload W {\n\tsubnets Gests\n}\n");
		List<Finding> findings = findings(files);
		Finding finding = assertError(findings, IssueCodes.UNRESOLVED, 2, "unknown subnet 'Gests'");
		assertEquals("design.ddc", finding.file());
		assertTrue(finding.message().contains("did you mean 'Guests'?"), finding::format);
		assertTrue(finding.format().startsWith("design.ddc:2:"), finding::format);
	}

	@Test
	void aFileExportsTheSameNamesAsXtextsDefaultStrategyWould() throws Exception {
		// ddc's strategy skips attribute values when collecting a file's names; the names must be the same
		String contoso = Files.readString(Path.of("../../examples/contoso/contoso.ddc"));
		XtextResource resource = (XtextResource) DdcTestSupport.load(contoso).resourceSet().getResources().get(0);
		DefaultResourceDescriptionStrategy plain = new DefaultResourceDescriptionStrategy();
		DdcTestSupport.injector().injectMembers(plain);
		List<String> expected = new java.util.ArrayList<>();
		resource.getAllContents().forEachRemaining(o -> plain.createEObjectDescriptions(o,
				d -> expected.add(d.getQualifiedName() + " " + d.getEClass().getName())));
		List<String> exported = new java.util.ArrayList<>();
		DdcTestSupport.injector().getInstance(IResourceDescription.Manager.class).getResourceDescription(resource)
				.getExportedObjects().forEach(d -> exported.add(d.getQualifiedName() + " " + d.getEClass().getName()));
		assertTrue(expected.size() > 50, "contoso declares many names: " + expected.size());
		assertTrue(expected.stream().anyMatch(n -> n.contains(".")), "nested names (adapters) are exported too");
		assertEquals(expected.stream().sorted().toList(), exported.stream().sorted().toList());
	}
}
