package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.format;
import static org.ddc.dsl.tests.DdcTestSupport.load;
import static org.ddc.dsl.tests.DdcTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ddc.dsl.formatting2.DdcTextFormatter;
import org.ddc.model.DdcModel;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The formatter lays out .ddc files: one element per paragraph, one attribute per line, tab indentation; blank
 * lines, list line breaks and comments the author wrote are kept, end-of-line comments aligned.
 */
class FormatterTest {
	/** The repository's examples (tests run with the test bundle as working directory). */
	private static final Path EXAMPLES = Path.of("../../examples");

	private static final String MESSY = """
			design   "My DC" { platform hyperv-2012-r2 locations 2
			  reference-cpu 2 x 8 cores 2.6 GHz intel threads 2
			      policy { peak-buffer 20 % growth 10   % failover-reserve N+1 }
			}
			switch SW-1 { ports 48 speed 10   Gbps capabilities ieee-802.1q ,snmp   }
			subnet Mgmt { cidr "10.1.1.0/24" vlan 10 switches SW-1 }



			rack R1 { height 42
			   U feed A 5 kW feed B 5 kW }
			power-feed A power-feed B   { capacity 20 kW source "UPS B" }
			workload W1 { memory 4 GB disk 100 GB subnets Mgmt isolation none
			    fault-tolerance required approach vm-clustering estimated
			    os "Windows Server 2012" ,"Linux" }
			""";

	private static final String EXPECTED = """
			design "My DC" {
			\tplatform hyperv-2012-r2
			\tlocations 2
			\treference-cpu 2 x 8 cores 2.6 GHz intel threads 2
			\tpolicy {
			\t\tpeak-buffer 20 %
			\t\tgrowth 10 %
			\t\tfailover-reserve N + 1
			\t}
			}

			switch SW-1 {
			\tports 48
			\tspeed 10 Gbps
			\tcapabilities ieee-802.1q, snmp
			}

			subnet Mgmt {
			\tcidr "10.1.1.0/24"
			\tvlan 10
			\tswitches SW-1
			}

			rack R1 {
			\theight 42 U
			\tfeed A 5 kW
			\tfeed B 5 kW
			}

			power-feed A

			power-feed B {
			\tcapacity 20 kW
			\tsource "UPS B"
			}

			workload W1 {
			\tmemory 4 GB
			\tdisk 100 GB
			\tsubnets Mgmt
			\tisolation none
			\tfault-tolerance required approach vm-clustering
			\testimated
			\tos "Windows Server 2012", "Linux"
			}
			""";

	@Test
	void messyFileIsLaidOutOneElementPerParagraphAndOneAttributePerLine() {
		assertEquals(EXPECTED, format(MESSY));
	}

	@Test
	void formattingAFormattedFileChangesNothing() {
		assertEquals(EXPECTED, format(EXPECTED));
	}

	@Test
	void formattingIsIdempotent() {
		String once = format(MESSY);
		assertEquals(once, format(once));
	}

	@Test
	void hostDesignAdaptersKeepTheirOptionsOnOneLineAndPortsIndentedInTheirBlock() {
		String formatted = format("""
				host-design H1 { cpu 2 x 8 cores 2.6 GHz memory 256 GB adapter mgmt ports 2 speed 1 Gbps purpose host-management,guest-traffic vlan-tagging { port 1 switch SW-1 subnets Mgmt port 2 switch SW-1 }
				adapter data ports 2 team T1 members mgmt , data mode load-balancing
				hba fc1 fibre-channel ports 2 speed 8 Gbps purpose guest-storage power-supplies 2 redundant feeds A,B placement R1 at U 3 count 2 }
				switch SW-1 { } subnet Mgmt { } rack R1 { } power-feed A power-feed B
				""");
		assertEquals("""
				host-design H1 {
				\tcpu 2 x 8 cores 2.6 GHz
				\tmemory 256 GB
				\tadapter mgmt ports 2 speed 1 Gbps purpose host-management, guest-traffic vlan-tagging {
				\t\tport 1 switch SW-1 subnets Mgmt
				\t\tport 2 switch SW-1
				\t}
				\tadapter data ports 2
				\tteam T1 members mgmt, data mode load-balancing
				\thba fc1 fibre-channel ports 2 speed 8 Gbps purpose guest-storage
				\tpower-supplies 2 redundant feeds A, B
				\tplacement R1 at U 3 count 2
				}

				switch SW-1 {
				}

				subnet Mgmt {
				}

				rack R1 {
				}

				power-feed A

				power-feed B
				""", formatted);
	}

	@Test
	void clustersVirtualSwitchesUplinksAndVmPlacementStartTheirOwnLines() {
		String formatted = format("""
				host-design H { quantity 4 cluster CL-A hosts 2 cluster CL-B hosts 2 failover-reserve N+2 adapter a adapter b team T members a,b virtual-switch VS team T { host-adapter vMgmt purpose host-management weight 10 subnets MGMT default-weight 50 } hba i1 iscsi subnet MGMT }
				switch CORE { role core } switch ACC { role access uplink CORE count 2 speed 40   Gbps }
				subnet MGMT { storage-switches ISW } storage-switch ISW { }
				management-server M { runs virtual-inside on G memory 4 GB } workload-group G { cluster CL-A }
				""");
		assertEquals("""
				host-design H {
				\tquantity 4
				\tcluster CL-A hosts 2
				\tcluster CL-B hosts 2 failover-reserve N + 2
				\tadapter a
				\tadapter b
				\tteam T members a, b
				\tvirtual-switch VS team T {
				\t\thost-adapter vMgmt purpose host-management weight 10 subnets MGMT
				\t\tdefault-weight 50
				\t}
				\thba i1 iscsi subnet MGMT
				}

				switch CORE {
				\trole core
				}

				switch ACC {
				\trole access
				\tuplink CORE count 2 speed 40 Gbps
				}

				subnet MGMT {
				\tstorage-switches ISW
				}

				storage-switch ISW {
				}

				management-server M {
				\truns virtual-inside on G
				\tmemory 4 GB
				}

				workload-group G {
				\tcluster CL-A
				}
				""", formatted);
		assertEquals(formatted, format(formatted));
	}

	@Test
	void storageDiskLinesAndProcessorsStartTheirOwnLines() {
		String formatted = format("""
				storage-system S1 { type san disks 24 x 1.2 TB sas-10k 150 IOPS raid-10 hot-spares 2 disks 8 x 400 GB ssd processor SPA switches FC1 , FC2 processor SPB management-port switch SW-1 subnets Mgmt }
				storage-switch FC1 { } storage-switch FC2 { } switch SW-1 { } subnet Mgmt { }
				""");
		assertTrue(formatted.startsWith("""
				storage-system S1 {
				\ttype san
				\tdisks 24 x 1.2 TB sas-10k 150 IOPS raid-10 hot-spares 2
				\tdisks 8 x 400 GB ssd
				\tprocessor SPA switches FC1, FC2
				\tprocessor SPB
				\tmanagement-port switch SW-1 subnets Mgmt
				}

				storage-switch FC1 {
				}
				"""), formatted);
	}

	@Test
	void oneBlankLineBetweenAttributesIsKeptAndMoreAreReducedToOne() {
		String formatted = format("workload W {\n\tmemory 4 GB\n\n\n\n\tinstances 2\n\n\n}\n\n\n\nworkload V {\n}\n");
		assertEquals("workload W {\n\tmemory 4 GB\n\n\tinstances 2\n}\n\nworkload V {\n}\n", formatted);
	}

	@Test
	void blankLinesAroundCommentsAreKeptAndSeveralAreReducedToOne() {
		String formatted = format("""


				// header

				// about W


				workload W {

				\t// about memory


				\tmemory 4 GB // per instance



				\t// instances
				\tinstances 2

				\t// last

				}


				// end of file


				""");
		assertEquals("""
				// header

				// about W

				workload W {
				\t// about memory

				\tmemory 4 GB // per instance

				\t// instances
				\tinstances 2

				\t// last
				}

				// end of file
				""", formatted);
		assertEquals(formatted, format(formatted));
	}

	@Test
	void endOfLineCommentsOfConsecutiveLinesAreAlignedOneSpaceAfterTheLongestLine() {
		String aligned = """
				workload W { // the web tier
				\tmemory 4 GB // per instance
				\tinstances 2 // three in production
				\tcpu 20 %
				\tdisk 80 GB    // system disk
				\tiops 150 IOPS // measured

				\tvcpus 2                      // a run ends at a blank line
				\tos "Windows Server 2012 R2", // a list continued on the next line
				\t\t"Linux" // deeper: a run of its own
				}
				""";
		assertEquals(aligned, format("""
				workload W {   // the web tier
				\tmemory 4 GB   // per instance
				\tinstances 2 // three in production
				\tcpu 20 %
				\tdisk 80 GB // system disk
				\tiops 150 IOPS                           // measured

				\tvcpus 2 // a run ends at a blank line
				\tos "Windows Server 2012 R2",   // a list continued on the next line
				\t\t"Linux"   // deeper: a run of its own
				}
				"""));
		assertEquals(aligned, format(aligned));
	}

	@Test
	void endOfLineCommentsAreAlignedWhenAttributesAreSplitOntoTheirOwnLines() {
		String formatted = format("workload W { memory 4 GB cpu 20 % // per instance\n instances 2 // three\n}\n");
		assertEquals("workload W {\n\tmemory 4 GB\n\tcpu 20 %    // per instance\n\tinstances 2 // three\n}\n", formatted);
		assertEquals(formatted, format(formatted));
	}

	@Test
	void commentsAreKeptAsWritten() {
		String text = "workload W {\n\t//no space\n\t//   three spaces\n\tmemory 4 GB //x\n// column 0\n}\n";
		assertEquals(text, format(text));
	}

	@Test
	void aListBrokenAfterACommaKeepsItsLineBreaksWithContinuationLinesIndented() {
		String formatted = format("""
				workload W { os "a", "b",
				   "c" ,
				 "d" memory 4 GB }
				host-design H { adapter mgmt purpose host-management, guest-traffic vlan-tagging { port 1 switch SW subnets A,
				  B } memory 4 GB }
				""");
		assertEquals("""
				workload W {
				\tos "a", "b",
				\t\t"c",
				\t\t"d"
				\tmemory 4 GB
				}

				host-design H {
				\tadapter mgmt purpose host-management, guest-traffic vlan-tagging {
				\t\tport 1 switch SW subnets A,
				\t\t\tB
				\t}
				\tmemory 4 GB
				}
				""", formatted);
		assertEquals(formatted, format(formatted));
	}

	@ParameterizedTest
	@ValueSource(strings = { "contoso/contoso.ddc", "ipd-sample/ipd-sample.ddc" })
	void theExamplesAreInTheFormattersLayout(String example) throws IOException {
		String text = Files.readString(EXAMPLES.resolve(example));
		assertEquals(text, format(text), example + " is not formatted: run the formatter on it");
	}

	@Test
	void theBrokenExampleHasSyntaxErrors_theFormatterLeavesItAlone() throws IOException {
		String text = Files.readString(EXAMPLES.resolve("broken/broken.ddc"));
		XtextResource resource = (XtextResource) load(text).resourceSet().getResources().get(0);
		DdcTextFormatter formatter = DdcTestSupport.injector().getInstance(DdcTextFormatter.class);
		assertFalse(formatter.canFormat(resource));
		assertEquals(List.of(), formatter.edits(resource, null));
	}

	@Test
	void leadingBlankLinesAreRemovedAndAFinalNewlineIsAdded() {
		assertEquals("isolation-domain D\n", format("\n\n   isolation-domain    D"));
	}

	@Test
	void valuesWithStrayWhitespaceAreWrittenWithOneSpace() {
		assertEquals("host-design H {\n\tquantity -1\n\tmemory 4 GB\n\theight 2 U\n}\n",
				format("host-design H { quantity - 1 memory 4     GB height 2\n\t\tU }"));
	}

	@Test
	void valuesWrittenWithoutSpaceAreKept() {
		assertEquals("workload W {\n\tmemory 4GB\n\tcpu 20%\n}\n", format("workload W { memory 4GB cpu 20% }"));
	}

	@Test
	void quotedNamesAndStringsAreNotChanged() {
		assertEquals("workload \"Exchange  Mailbox\" {\n\tdescription \"two  spaces,  kept\"\n}\n",
				format("workload   \"Exchange  Mailbox\"{description \"two  spaces,  kept\"}"));
	}

	@Test
	void commentsAtLineEndAndOnOwnLinesAreKept() {
		String formatted = format("""
				// header comment
				/* block
				 * comment */
				switch SW-1 { ports 48 // ports at line end
				    // own line comment inside the block
				  speed 10 Gbps /* block at line end */
				  /* own line block */ managed yes }
				// trailing comment
				""");
		assertEquals("""
				// header comment
				/* block
				 * comment */
				switch SW-1 {
				\tports 48 // ports at line end
				\t// own line comment inside the block
				\tspeed 10 Gbps /* block at line end */
				\t/* own line block */ managed yes
				}
				// trailing comment
				""", formatted);
		assertEquals(formatted, format(formatted));
	}

	@Test
	void commentBetweenElementsStaysBetweenThem() {
		String formatted = format("switch A { } // about A\n/* about B */ switch B { }");
		assertTrue(formatted.contains("// about A"), formatted);
		assertTrue(formatted.indexOf("// about A") < formatted.indexOf("switch B"), formatted);
		assertTrue(formatted.indexOf("/* about B */") < formatted.indexOf("switch B"), formatted);
		assertEquals(formatted, format(formatted));
	}

	@ParameterizedTest
	@ValueSource(strings = { MESSY_HOSTS, MESSY_REST })
	void formattingDoesNotChangeTheParsedModel(String text) {
		DdcModel before = parse(text);
		String formatted = format(text);
		DdcModel after = parse(formatted);
		DdcTestSupport.assertSameContent(before, after);
		assertEquals(formatted, format(formatted));
	}

	private static final String MESSY_HOSTS = """
			design D { platform hyperv-2012 greenfield no vdi yes management { reuse-existing yes guests-in-scope all forests 2 } }
			rack R1 { height 42 U power-budget 8 kW feed A 5 kW feed B location "row 1" } power-feed A power-feed B { }
			switch SW-1 { model "X" height 1 U placement R1 at U 40 power-supplies 2 redundant rating 350 W feeds A,B
			  ports 48 speed 10 Gbps managed yes capabilities ieee-802.1q,snmp partner SW-2 interconnect 40 Gbps }
			switch SW-2 { partner SW-1 management-port switch SW-1 subnets Mgmt }
			subnet Mgmt { cidr "10.1.1.0/24" vlan 10 purpose host-management switches SW-1,SW-2 }
			storage-switch FC1 { protocol fibre-channel ports 24 speed 8 Gbps partner FC1 }
			storage-system S1 { type san protocol fibre-channel disks 24 x 1.2 TB sas-10k 150 IOPS raid-10 hot-spares 2
			  processor SPA switches FC1 multipath yes management-port switch SW-1 }
			host-design "Std Host" { quantity 8 cluster-size 8 form-factor rack tier high-end cpu 2 x 12 cores 2.7 GHz amd
			  memory 256 GB boot-from-san no storage S1 features ecc-memory , slat scaling-validated yes
			  adapter mgmt ports 2 speed 1 Gbps purpose host-management vlan-tagging { port 1 switch SW-1 subnets Mgmt port 2 switch SW-2 }
			  adapter data team T members mgmt,data mode fault-tolerance hba fc0 fibre-channel ports 2 speed 8 Gbps purpose boot-from-san switch FC1 }
			""";

	private static final String MESSY_REST = """
			isolation-domain PCI { kind administrative basis "audit" } isolation-domain Open
			workload-group G { host-design H tier basic isolation PCI } host-design H { }
			workload W { application "app" os "a","b" kind server instances 2 memory 4 GB cpu 20 % vcpus 2 disk 1 TB iops 300 IOPS
			  throughput 100 Mbps isolation PCI virtualization-supported yes fault-tolerance not-required in-scope yes group G
			  vendor-support nlb,licensing managed yes estimated stateful no cluster-aware yes rpo 1 h rto 30 min
			  virtual-disk sys 60 GB vhd virtual-disk "shared data" 1 TB pass-through shared virtual-fc-adapters 1 }
			workload W2 { isolation none fault-tolerance required approach host-clustering }
			management-server M { roles vmm , dns runs physical count 2 interface switch SW subnets Net }
			switch SW { } subnet Net { }
			vmm-instance V { servers M manages H } opsmgr-group O { servers M vmm V } configmgr-site C { servers M }
			backup-plan B { approach agent-per-vm product "DPM" rpo 1 d rto 4 h workloads W , W2 groups G target NAS }
			storage-system NAS { type nas protocol nfs }
			load-balancer LB { kind software-nlb type "NLB" quantity 2 capabilities snmp algorithm "rr" serves W interface switch SW }
			firewall FW { type "ASA" quantity 1 position edge capabilities snmp,interface-usage serves W2 interface switch SW subnets Net }
			""";
}
