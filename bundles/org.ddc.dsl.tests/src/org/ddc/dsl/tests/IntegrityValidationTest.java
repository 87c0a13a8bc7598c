package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.assertError;
import static org.ddc.dsl.tests.DdcTestSupport.assertFinding;
import static org.ddc.dsl.tests.DdcTestSupport.assertNoErrors;
import static org.ddc.dsl.tests.DdcTestSupport.assertNoFinding;
import static org.ddc.dsl.tests.DdcTestSupport.describe;
import static org.ddc.dsl.tests.DdcTestSupport.errors;
import static org.ddc.dsl.tests.DdcTestSupport.files;
import static org.ddc.dsl.tests.DdcTestSupport.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every integrity check of the validator, each with a case where it fires and one where it does not. */
class IntegrityValidationTest {

	@Nested
	class DuplicateNames {

		@Test
		void twoElementsWithTheSameNameInOneFileAreBothReported() {
			List<Finding> findings = findings("""
					switch SW-1 { }
					switch SW-1 { }
					""");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 1, "also declared at design.ddc:2");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 2, "also declared at design.ddc:1");
		}

		@Test
		void elementsOfDifferentKindsMayNotShareAName() {
			List<Finding> findings = findings("switch Mgmt { }\nsubnet Mgmt { }\n");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 2, "a switch of that name");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 1, "a subnet of that name");
		}

		@Test
		void duplicateAcrossTwoFilesIsReportedInBothWithTheOtherLocation() {
			List<Finding> findings = findings(files(
					"network.ddc", "subnet Mgmt { }\n",
					"design.ddc", "design D { }\n\nsubnet Mgmt { vlan 10 }\n"));
			List<Finding> duplicates = findings.stream()
					.filter(f -> f.code().equals(IssueCodes.DUPLICATE_NAME)).toList();
			assertEquals(2, duplicates.size(), () -> describe(findings));
			assertEquals("design.ddc", duplicates.get(0).file());
			assertEquals(3, duplicates.get(0).line());
			assertTrue(duplicates.get(0).message().contains("network.ddc:1"), duplicates.get(0)::format);
			assertEquals("network.ddc", duplicates.get(1).file());
			assertTrue(duplicates.get(1).message().contains("design.ddc:3"), duplicates.get(1)::format);
			assertTrue(duplicates.get(1).message().contains("unique across the design"), duplicates.get(1)::format);
		}

		@Test
		void distinctNamesAreNotReported() {
			assertNoFinding(findings(files("a.ddc", "switch SW-1 { }\n", "b.ddc", "switch SW-2 { }\n")),
					IssueCodes.DUPLICATE_NAME);
		}

		@Test
		void namesDifferingOnlyInCaseAreDistinct() {
			assertNoFinding(findings("switch web { }\nswitch Web { }\n"), IssueCodes.DUPLICATE_NAME);
		}

		@Test
		void duplicateAdapterInOneHostDesignIsReportedAtTheSecond() {
			List<Finding> findings = findings("""
					host-design H1 {
						adapter mgmt
						adapter mgmt ports 2
					}
					""");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 3,
					"host design H1 already has a network adapter of that name");
			assertEquals(1, errors(findings).size(), () -> describe(findings));
		}

		@Test
		void adapterAndTeamOfOneHostDesignMayNotShareAName() {
			List<Finding> findings = findings("""
					host-design H1 {
						adapter nic
						team nic members nic
					}
					""");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 3, "already has a network adapter");
		}

		@Test
		void clusterNamesAreDesignWide_twoHostDesignsMayNotDeclareTheSameCluster() {
			List<Finding> findings = findings("""
					host-design H1 { quantity 2 cluster CL hosts 2 }
					host-design H2 { quantity 2 cluster CL hosts 2 }
					""");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 1, "a cluster of that name is also declared at design.ddc:2");
			assertError(findings, IssueCodes.DUPLICATE_NAME, 2, "a cluster of that name is also declared at design.ddc:1");
		}

		@Test
		void aClusterMayNotShareItsNameWithATopLevelElementInAnotherFile() {
			List<Finding> findings = findings(files(
					"hosts.ddc", "host-design H1 { quantity 2 cluster WEB hosts 2 }\n",
					"groups.ddc", "workload-group WEB { host-design H1 }\n"));
			List<Finding> duplicates = findings.stream().filter(f -> f.code().equals(IssueCodes.DUPLICATE_NAME)).toList();
			assertEquals(2, duplicates.size(), () -> describe(findings));
			Finding cluster = duplicates.stream().filter(f -> f.file().equals("hosts.ddc")).findFirst().orElseThrow();
			assertTrue(cluster.message().contains("a workload group of that name is also declared at groups.ddc:1"),
					cluster::format);
			Finding group = duplicates.stream().filter(f -> f.file().equals("groups.ddc")).findFirst().orElseThrow();
			assertTrue(group.message().contains("a cluster of that name is also declared at hosts.ddc:1"), group::format);
		}

		@Test
		void aClusterMayShareItsNameWithAnAdapterOfItsHostDesign() {
			assertNoFinding(findings("host-design H1 { quantity 2 adapter CL cluster CL hosts 2 }\n"),
					IssueCodes.DUPLICATE_NAME);
		}

				@Test
		void sameAdapterNameInTwoHostDesignsIsAllowed() {
			List<Finding> findings = findings("""
					subnet mgmt { }
					host-design H1 { adapter mgmt team T members mgmt }
					host-design H2 { adapter mgmt team T members mgmt }
					""");
			assertNoErrors(findings);
			assertNoFinding(findings, IssueCodes.DUPLICATE_NAME);
		}
	}

	@Nested
	class Names {

		@Test
		void quotedNameWithDotIsReported() {
			List<Finding> findings = findings("switch SW-1 { }\nswitch \"core.sw1\" { }\n");
			assertError(findings, IssueCodes.NAME, 2, "contains '.'");
		}

		@Test
		void nestedNameWithDotIsReported() {
			assertError(findings("host-design H {\n\tadapter \"nic.1\"\n}\n"), IssueCodes.NAME, 2, "\"nic.1\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "\"\"", "\"   \"" })
		void emptyOrBlankNameIsReported(String name) {
			assertError(findings("switch " + name + " { }\n"), IssueCodes.NAME, 1, "cannot be empty");
		}

		@Test
		void quotedNameWithSpacesAndDashesIsFine() {
			assertNoFinding(findings("switch \"Core Switch-1 (row 3)\" { }\n"), IssueCodes.NAME);
		}
	}

	@Nested
	class NonPositive {

		@Test
		void zeroInstancesIsReported() {
			assertError(findings("workload W {\n\tinstances 0\n}\n"), IssueCodes.NON_POSITIVE, 2,
					"instances must be greater than 0 (found 0)");
		}

		@Test
		void zeroMemoryIsReported() {
			assertError(findings("workload W {\n\tmemory 0 GB\n}\n"), IssueCodes.NON_POSITIVE, 2,
					"memory must be greater than 0 (found 0 GB)");
		}

		@Test
		void zeroDisksInADiskGroupAreReported() {
			assertError(findings("storage-system S {\n\tdisks 0 x 600 GB sas-10k\n}\n"), IssueCodes.NON_POSITIVE, 2,
					"disk count must be greater than 0");
		}

		@Test
		void negativeQuantityIsReported() {
			assertError(findings("host-design H {\n\tquantity -1\n}\n"), IssueCodes.NON_POSITIVE, 2,
					"quantity must be greater than 0 (found -1)");
		}

		@Test
		void negativeHotSparesAreReportedAsNegative() {
			assertError(findings("storage-system S {\n\tdisks 8 x 600 GB sas-10k hot-spares -1\n}\n"),
					IssueCodes.NON_POSITIVE, 2, "hot-spares must not be negative (found -1)");
		}

		@Test
		void negativeAmountOfAQuantityIsReported() {
			assertError(findings("rack R {\n\tpower-budget -5 kW\n}\n"), IssueCodes.NON_POSITIVE, 2,
					"power-budget must be greater than 0");
		}

		@Test
		void zeroPortsAndZeroCoresAreReported() {
			List<Finding> findings = findings("host-design H {\n\tcpu 2 x 0 cores 2 GHz\n\tadapter nic ports 0\n}\n");
			assertError(findings, IssueCodes.NON_POSITIVE, 2, "cores per socket must be greater than 0");
			assertError(findings, IssueCodes.NON_POSITIVE, 3, "ports must be greater than 0");
		}

		@Test
		void positiveValuesAndZeroWhereZeroIsAllowedAreFine() {
			List<Finding> findings = findings("""
					design D { policy { peak-buffer 0 % growth 0 % failover-reserve N+0 } }
					workload W { instances 1 memory 1 GB iops 0 IOPS rpo 0 min virtual-fc-adapters 0 }
					host-design H { quantity 1 cpu 1 x 1 cores 1 GHz }
					storage-system S { disks 1 x 600 GB sas-10k hot-spares 0 }
					""");
			assertNoFinding(findings, IssueCodes.NON_POSITIVE);
			assertNoErrors(findings);
		}

		@Test
		void negativeFailoverReserveIsReported() {
			assertError(findings("design D {\n\tpolicy { failover-reserve N+-1 }\n}\n"), IssueCodes.NON_POSITIVE, 2,
					"failover-reserve must not be negative");
		}
	}

	@Nested
	class Ranges {

		@ParameterizedTest
		@ValueSource(ints = { 0, 4095, -3, 10000 })
		void vlanOutsideOneTo4094IsReported(int vlan) {
			assertError(findings("subnet S {\n\tvlan " + vlan + "\n}\n"), IssueCodes.RANGE, 2,
					"VLAN ID " + vlan + " is outside 1–4094");
		}

		@ParameterizedTest
		@ValueSource(ints = { 1, 100, 4094 })
		void vlanWithinRangeIsFine(int vlan) {
			assertNoFinding(findings("subnet S { vlan " + vlan + " }\n"), IssueCodes.RANGE);
		}

		@Test
		void cidrPrefixAbove32IsReported() {
			assertError(findings("subnet S {\n\tcidr \"10.1.1.0/33\"\n}\n"), IssueCodes.RANGE, 2,
					"has a prefix length above 32");
		}

		@Test
		void cidrOctetAbove255IsReported() {
			assertError(findings("subnet S {\n\tcidr \"300.1.1.0/24\"\n}\n"), IssueCodes.RANGE, 2,
					"has an octet above 255");
		}

		@ParameterizedTest
		@ValueSource(strings = { "10.1.1.0", "10.1.1/24", "fe80::/64", "ten.one.one.zero/24", "" })
		void textThatIsNoCidrIsReported(String cidr) {
			assertError(findings("subnet S {\n\tcidr \"" + cidr + "\"\n}\n"), IssueCodes.RANGE, 2,
					"is not an IPv4 network in CIDR notation");
		}

		@ParameterizedTest
		@ValueSource(strings = { "10.140.1.0/24", "0.0.0.0/0", "255.255.255.255/32", " 192.168.0.0/16 " })
		void validCidrIsFine(String cidr) {
			assertNoFinding(findings("subnet S { cidr \"" + cidr + "\" }\n"), IssueCodes.RANGE);
		}

		@Test
		void placementAtPositionZeroIsReported() {
			assertError(findings("rack R { height 42 U }\nhost-design H {\n\tplacement R at U 0\n}\n"),
					IssueCodes.RANGE, 3, "rack positions start at U 1 (found U 0)");
		}

		@Test
		void placementReachingAboveTheRackIsReported() {
			List<Finding> findings = findings("""
					rack R1 { height 42 U }
					host-design H {
						height 2 U
						placement R1 at U 42
					}
					""");
			assertError(findings, IssueCodes.RANGE, 4, "occupies U 42–43 but rack R1 is 42 U high");
		}

		@Test
		void stackedPlacementReachingAboveTheRackIsReported() {
			assertError(findings("rack R1 { height 42 U }\nswitch S {\n\tplacement R1 at U 40 count 4\n}\n"),
					IssueCodes.RANGE, 3, "occupies U 40–43");
		}

		@Test
		void placementFillingTheRackToTheTopIsFine() {
			List<Finding> findings = findings("""
					rack R1 { height 42 U }
					host-design H { height 2 U placement R1 at U 41 placement R1 at U 1 count 20 }
					""");
			assertNoFinding(findings, IssueCodes.RANGE);
			assertNoErrors(findings);
		}

		@Test
		void portIndexAboveTheAdaptersPortCountIsReported() {
			List<Finding> findings = findings("""
					switch SW-1 { }
					host-design H {
						adapter nic ports 2 {
							port 1 switch SW-1
							port 3 switch SW-1
						}
					}
					""");
			assertError(findings, IssueCodes.RANGE, 5, "adapter nic has 2 port(s); port 3 does not exist");
		}

		@Test
		void portIndexZeroIsReported() {
			assertError(findings("switch SW-1 { }\nhost-design H { adapter nic {\n\tport 0 switch SW-1 } }\n"),
					IssueCodes.RANGE, 3, "port 0 does not exist");
		}

		@Test
		void samePortConnectedTwiceIsReportedAtTheSecondConnection() {
			List<Finding> findings = findings("""
					switch SW-1 { }
					switch SW-2 { }
					host-design H {
						adapter nic ports 2 {
							port 1 switch SW-1
							port 1 switch SW-2
						}
					}
					""");
			assertError(findings, IssueCodes.RANGE, 6, "port 1 of adapter nic is connected twice");
			assertEquals(1, errors(findings).size(), () -> describe(findings));
		}

		@Test
		void everyPortOfTheAdapterConnectedOnceIsFine() {
			assertNoErrors(findings("""
					switch SW-1 { }
					host-design H { adapter nic ports 2 { port 2 switch SW-1 port 1 switch SW-1 } }
					"""));
		}
	}

	@Nested
	class ConvergedNetworking {

		private static final String HOST = "host-design H { adapter a adapter b team T members a, b\n";

		@ParameterizedTest
		@ValueSource(ints = { 0, 101 })
		void hostAdapterWeightOutsideOneTo100IsReported(int weight) {
			assertError(findings(HOST + "virtual-switch VS team T {\nhost-adapter v weight " + weight + "\n} }\n"),
					IssueCodes.RANGE, 3, "minimum-bandwidth weight " + weight + " is outside 1–100");
		}

		@Test
		void defaultWeightMayBeZeroButNotAbove100() {
			assertNoErrors(findings(HOST + "virtual-switch VS team T { default-weight 0 } }\n"));
			assertError(findings(HOST + "virtual-switch VS team T {\ndefault-weight 120 } }\n"), IssueCodes.RANGE, 3,
					"default-weight 120 is outside 0–100");
		}

		@Test
		void hostAdapterVlanOutsideTheRangeIsReported() {
			assertError(findings(HOST + "virtual-switch VS team T {\nhost-adapter v vlan 5000 } }\n"), IssueCodes.RANGE,
					3, "VLAN ID 5000 is outside 1–4094");
		}

		@Test
		void weightsWithinTheirRangesAreFine() {
			assertNoErrors(findings(HOST + "virtual-switch VS team T { host-adapter v1 weight 1 host-adapter v2 weight 100"
					+ " default-weight 50 } }\n"));
		}

		@Test
		void hostAdaptersOfOneSwitchMayNotShareAName() {
			assertError(findings(HOST + "virtual-switch VS team T {\nhost-adapter v\nhost-adapter v } }\n"),
					IssueCodes.DUPLICATE_NAME, 4, "virtual switch H.VS already has a host virtual adapter of that name");
		}
	}

	@Nested
	class IscsiNetworks {

		@Test
		void onlyAnIscsiHbaIsOnASubnet() {
			List<Finding> findings = findings("""
					subnet S { }
					host-design H {
						hba h1 iscsi subnet S
						hba h2 fibre-channel subnet S
					}
					""");
			assertError(findings, IssueCodes.INCONSISTENT, 4, "HBA h2 is fibre-channel, not iscsi");
			assertEquals(1, errors(findings).size(), () -> describe(findings));
		}

		@Test
		void aSubnetIsCarriedByEthernetStorageSwitchesOnly() {
			List<Finding> findings = findings("""
					storage-switch ISW { protocol ethernet }
					storage-switch FC { protocol fibre-channel }
					storage-switch ANY { }
					subnet S {
						storage-switches ISW, FC, ANY
					}
					""");
			assertError(findings, IssueCodes.INCONSISTENT, 5, "storage switch FC is a Fibre Channel switch");
			assertEquals(1, errors(findings).size(), () -> describe(findings));
		}
	}

	@Nested
	class PolicyDemandAndUplinks {

		@Test
		void readRatioAbove100PercentIsReported() {
			assertError(findings("design D { policy {\nread-ratio 120 % } }\n"), IssueCodes.RANGE, 2,
					"read-ratio 120 % is above 100 %");
		}

		@Test
		void zeroIoSizeNegativeHostReserveAndNegativeReadRatioAreReported() {
			List<Finding> findings = findings(
					"design D { policy {\nio-size 0 KB\nhost-reserve -1 GB\nread-ratio -5 %\nbackup-io -10 % } }\n");
			assertError(findings, IssueCodes.NON_POSITIVE, 2, "io-size must be greater than 0");
			assertError(findings, IssueCodes.NON_POSITIVE, 3, "host-reserve must not be negative");
			assertError(findings, IssueCodes.NON_POSITIVE, 4, "read-ratio must not be negative");
			assertError(findings, IssueCodes.NON_POSITIVE, 5, "backup-io must not be negative");
		}

		@Test
		void aHostReserveOfZeroAndAllReadsAreFine() {
			assertNoErrors(findings("design D { policy { host-reserve 0 GB read-ratio 100 % io-size 8 KB backup-io 0 % } }\n"));
		}

		@Test
		void managementServerDemandMustBePositive() {
			List<Finding> findings = findings("management-server M { runs virtual-inside\nmemory 0 GB\nvcpus 0\niops 0 IOPS }\n");
			assertError(findings, IssueCodes.NON_POSITIVE, 2, "memory must be greater than 0");
			assertError(findings, IssueCodes.NON_POSITIVE, 3, "vcpus must be greater than 0");
			assertNoFinding(errors(findings).stream().filter(f -> f.line() == 4).toList(), IssueCodes.NON_POSITIVE);
		}

		@Test
		void uplinkCountMustBePositive() {
			assertError(findings("switch C { }\nswitch A { uplink C count 0 }\n"), IssueCodes.NON_POSITIVE, 2,
					"uplink count must be greater than 0");
		}
	}

	@Nested
	class PowerFeeds {

		private static final String RACK = "power-feed A power-feed B power-feed C rack R1 { height 42 U feed A 5 kW feed B 5 kW }\n";

		@Test
		void powerSupplyOnAFeedTheRackDoesNotHaveIsReported() {
			List<Finding> findings = findings(RACK + """
					host-design H {
						placement R1 at U 1
						power-supplies 2 redundant rating 750 W feeds A, C
					}
					""");
			Finding finding = assertError(findings, IssueCodes.UNKNOWN_FEED, 4, "rack R1 draws no circuit from power feed 'C'");
			assertTrue(finding.message().contains("(its feeds: A, B)"), finding::format);
			assertEquals(1, errors(findings).size(), () -> describe(findings));
		}

		@Test
		void rackWithoutFeedsTellsHowToDeclareOne() {
			List<Finding> findings = findings("""
					power-feed A rack R2 { height 42 U }
					switch SW-1 {
						placement R2 at U 1
						power-supplies 1 feeds A
					}
					""");
			assertError(findings, IssueCodes.UNKNOWN_FEED, 4, "add one to the rack with 'feed A <capacity>'");
		}

		@Test
		void feedsOfTheRackAreFine() {
			assertNoFinding(findings(RACK + "host-design H { placement R1 at U 1 power-supplies 2 feeds A, B }\n"),
					IssueCodes.UNKNOWN_FEED);
		}

		@Test
		void feedsAreNotCheckedForAnUnplacedDevice() {
			assertNoFinding(findings(RACK + "host-design H { power-supplies 2 feeds A, C }\n"),
					IssueCodes.UNKNOWN_FEED);
		}

		@Test
		void aFeedDeclaredNowhereIsUnresolved_notAnUnknownFeedOfTheRack() {
			List<Finding> findings = findings(RACK + "host-design H { placement R1 at U 1 power-supplies 2 feeds A, X }\n");
			assertError(findings, IssueCodes.UNRESOLVED, 2, "unknown power feed 'X'");
			assertNoFinding(findings, IssueCodes.UNKNOWN_FEED);
		}

		@Test
		void aRackMayDrawTwoCircuitsFromOneFeed() {
			assertNoErrors(findings("""
					power-feed A { capacity 40 kW source "UPS A" }
					rack R1 { height 42 U feed A 5 kW feed A 5 kW }
					host-design H { placement R1 at U 1 power-supplies 2 feeds A }
					"""));
		}

		@Test
		void feedsAreCheckedAgainstEveryRackTheDeviceIsPlacedIn() {
			List<Finding> findings = findings(RACK + """
					rack R2 { height 42 U feed A 5 kW }
					host-design H {
						placement R1 at U 1
						placement R2 at U 1
						power-supplies 2 feeds A, B
					}
					""");
			assertError(findings, IssueCodes.UNKNOWN_FEED, 6, "rack R2 draws no circuit from power feed 'B'");
		}
	}

	@Nested
	class Clusters {

		@Test
		void clustersWhoseHostsDifferFromTheQuantityAreReportedAtTheQuantity_withTheFix() {
			List<Finding> findings = findings("""
					host-design H {
						quantity 6
						cluster CL-A hosts 4
						cluster CL-B hosts 4
					}
					""");
			Finding finding = assertError(findings, IssueCodes.INCONSISTENT, 2,
					"has quantity 6 but its clusters hold 8 hosts (CL-A 4, CL-B 4)");
			assertEquals(org.ddc.rules.Fix.set("quantity", "8", "Set quantity 8"), finding.fix());
		}

		@Test
		void clustersWithoutAWrittenQuantityAreReportedAtTheName() {
			assertError(findings("host-design H { cluster CL-A hosts 4 }\n"), IssueCodes.INCONSISTENT, 1,
					"has quantity 1 (the default) but its clusters hold 4 hosts");
		}

		@Test
		void clustersThatHoldAllHostsAreFine() {
			assertNoErrors(findings("host-design H { quantity 6 cluster CL-A hosts 4 cluster CL-B hosts 2 failover-reserve N + 0 }\n"));
		}

		@Test
		void clusterHostsMustBePositiveAndItsReserveNotNegative() {
			List<Finding> findings = findings("""
					host-design H {
						quantity 1
						cluster CL-A hosts 0
						cluster CL-B hosts 1 failover-reserve N + -1
					}
					""");
			assertError(findings, IssueCodes.NON_POSITIVE, 3, "hosts must be greater than 0");
			assertError(findings, IssueCodes.NON_POSITIVE, 4, "failover-reserve must not be negative");
		}

		@Test
		void aGroupsClusterOfAnotherHostDesignIsReported() {
			List<Finding> findings = findings("""
					host-design H1 { quantity 2 cluster CL-1 hosts 2 }
					host-design H2 { quantity 2 cluster CL-2 hosts 2 }
					workload-group G {
						host-design H2
						cluster CL-1
					}
					""");
			assertError(findings, IssueCodes.INCONSISTENT, 5,
					"cluster CL-1 belongs to host design H1, but workload group G runs on host design H2: name a cluster of H2 (CL-2)");
		}

		@Test
		void aGroupMayNameItsClusterWithoutTheHostDesign() {
			assertNoErrors(findings("host-design H1 { quantity 2 cluster CL-1 hosts 2 }\nworkload-group G { cluster CL-1 }\n"));
		}
	}

		@Nested
	class DesignHeader {

		@Test
		void twoDesignHeadersAcrossFilesAreBothReported() {
			List<Finding> findings = findings(files(
					"a.ddc", "design A { }\n",
					"b.ddc", "switch SW-1 { }\ndesign B { }\n"));
			List<Finding> headers = findings.stream().filter(f -> f.code().equals(IssueCodes.DESIGN_HEADER))
					.toList();
			assertEquals(2, headers.size(), () -> describe(findings));
			assertTrue(headers.stream().allMatch(f -> f.severity() == Severity.ERROR), () -> describe(headers));
			assertEquals("a.ddc", headers.get(0).file());
			assertTrue(headers.get(0).message().contains("also found B at b.ddc:2"), headers.get(0)::format);
			assertEquals("b.ddc", headers.get(1).file());
			assertEquals(2, headers.get(1).line());
			assertTrue(headers.get(1).message().contains("the first is A at a.ddc:1"), headers.get(1)::format);
		}

		@Test
		void twoDesignHeadersInOneFileAreReported() {
			List<Finding> findings = findings("design A { }\ndesign B { }\n");
			assertError(findings, IssueCodes.DESIGN_HEADER, 1, "exactly one 'design' header");
			assertError(findings, IssueCodes.DESIGN_HEADER, 2, "exactly one 'design' header");
		}

		@Test
		void designWithoutHeaderGetsAWarningOnTheFirstFile() {
			List<Finding> findings = findings(files("a.ddc", "switch SW-1 { }\n", "b.ddc", "subnet S { }\n"));
			Finding warning = assertFinding(findings, IssueCodes.DESIGN_HEADER, 1, "no 'design' header");
			assertEquals(Severity.WARNING, warning.severity());
			assertEquals("a.ddc", warning.file());
			assertEquals(1, findings.size(), () -> describe(findings));
			assertNoErrors(findings);
		}

		@Test
		void oneHeaderInAnyFileSatisfiesTheDesign() {
			assertNoFinding(findings(files("a.ddc", "switch SW-1 { }\n", "b.ddc", "design D { }\n")),
					IssueCodes.DESIGN_HEADER);
		}
	}

	@Nested
	class Syntax {

		@Test
		void strayTokenIsASyntaxErrorAtItsLine() {
			List<Finding> findings = findings("""
					workload W {
						memory 4 GB
						bogus
						instances 2
					}
					""");
			Finding finding = assertError(findings, IssueCodes.SYNTAX, 3, "bogus");
			assertEquals(2, finding.column());
			assertEquals(1, errors(findings).size(), () -> describe(findings));
		}

		@Test
		void unknownTopLevelKeywordIsASyntaxError() {
			assertError(findings("switch SW-1 { }\nserver S { }\n"), IssueCodes.SYNTAX, 2, "server");
		}

		@Test
		void onlyAServerVirtualizedInsideTheDatacenterRunsOnAGroup() {
			List<Finding> findings = findings("workload-group G { }\nmanagement-server M {\n\truns physical on G\n}\n");
			assertError(findings, IssueCodes.SYNTAX, 3, "on");
		}

		@Test
		void missingClosingBraceIsASyntaxError() {
			List<Finding> findings = findings("workload W {\n\tmemory 4 GB\n");
			assertTrue(findings.stream().anyMatch(f -> f.code().equals(IssueCodes.SYNTAX)), () -> describe(findings));
		}

		@Test
		void unknownEnumValueIsASyntaxErrorAtItsLine() {
			List<Finding> findings = findings("switch SW-1 {\n\tports 48\n\tcapabilities ieee-802.1z\n}\n");
			assertEquals(3, errors(findings).stream().mapToInt(Finding::line).min().orElseThrow(),
					() -> describe(findings));
			assertTrue(errors(findings).stream().allMatch(f -> f.code().equals(IssueCodes.SYNTAX)),
					() -> describe(findings));
		}

		@Test
		void findingFormatsAsPathLineColumnSeverityCodeAndMessage() {
			Finding finding = assertError(findings("workload W {\n\tbogus\n}\n"), IssueCodes.SYNTAX, 2, "bogus");
			assertTrue(finding.format().startsWith("design.ddc:2:2: error: [DDC-SYNTAX] "), finding::format);
		}
	}

	@Nested
	class Garbage {
		private static final Set<String> KNOWN_CODES = IssueCodes.ALL.stream().map(IssueCodes.Check::id)
				.collect(Collectors.toSet());

		/** Loads and validates without any exception; every finding is a clean one-line message with a code. */
		private List<Finding> validateSafely(String text) {
			LoadedDesign design = DdcTestSupport.injector().getInstance(DesignLoader.class)
					.loadText(files("garbage.ddc", text));
			List<Finding> findings = DdcTestSupport.injector().getInstance(DesignValidator.class).validate(design);
			for (Finding finding : findings) {
				assertTrue(KNOWN_CODES.contains(finding.code()) || org.ddc.rules.Catalog.load().contains(finding.code()),
						finding::format);
				assertFalse(finding.code().equals(org.ddc.rules.RuleEngine.RULE_FAILURE), finding::format);
				assertTrue(finding.line() >= 1 && finding.column() >= 1, finding::format);
				assertFalse(finding.message().contains("\n"), finding::format);
				assertFalse(finding.message().contains("Exception"), finding::format);
				assertFalse(finding.message().matches(".*\\bat [a-z]+\\.[a-z.]+\\.[A-Z].*"), finding::format);
			}
			return findings;
		}

		private void assertSyntaxError(List<Finding> findings) {
			assertTrue(findings.stream().anyMatch(f -> f.code().equals(IssueCodes.SYNTAX)
					&& f.severity() == Severity.ERROR), () -> describe(findings));
		}

		@Test
		void randomBytesGiveSyntaxErrorsNotExceptions() {
			Random random = new Random(20240601);
			for (int i = 0; i < 20; i++) {
				byte[] bytes = new byte[1 + random.nextInt(4000)];
				random.nextBytes(bytes);
				validateSafely(new String(bytes, StandardCharsets.ISO_8859_1));
			}
		}

		@Test
		void binaryContentGivesASyntaxError() {
			assertSyntaxError(validateSafely("\u0000\u0001\u0002PK\u0003\u0004design\u00ff\u00fe"));
		}

		@Test
		void emptyFileGivesOnlyTheMissingHeaderWarning() {
			List<Finding> findings = validateSafely("");
			assertEquals(List.of(IssueCodes.DESIGN_HEADER), findings.stream().map(Finding::code).toList());
			assertEquals(Severity.WARNING, findings.get(0).severity());
		}

		@Test
		void unterminatedStringIsASyntaxErrorAtItsLine() {
			List<Finding> findings = validateSafely("design D { }\nsubnet S {\n\tcidr \"10.1.1.0/24\n\tvlan 4\n}\n");
			assertSyntaxError(findings);
			assertEquals(3, findings.stream().filter(f -> f.code().equals(IssueCodes.SYNTAX))
					.mapToInt(Finding::line).min().orElseThrow());
		}

		@Test
		void unterminatedBlockCommentIsASyntaxError() {
			assertSyntaxError(validateSafely("design D { }\n/* never closed\nswitch S { }\n"));
		}

		@Test
		void deeplyNestedBracesGiveASyntaxError() {
			assertSyntaxError(validateSafely("{".repeat(5000) + "}".repeat(5000)));
			assertSyntaxError(validateSafely("workload W {" + "{".repeat(5000) + "}".repeat(5000)));
		}

		@Test
		void hugeNumberIsASyntaxErrorNotAnOverflow() {
			List<Finding> findings = validateSafely("workload W {\n\tinstances 99999999999\n}\n");
			assertError(findings, IssueCodes.SYNTAX, 2, "99999999999");
		}

		@Test
		void veryLongLineIsHandled() {
			assertNoErrors(validateSafely("workload W { " + "os \"x\" ".repeat(5000) + "}\n"));
		}

		@Test
		void mutatedDesignsNeverThrow() {
			String valid = """
					design D { platform hyperv-2012-r2 policy { failover-reserve N+1 } }
					rack R1 { height 42 U feed A 5 kW }
					switch SW-1 { ports 48 capabilities ieee-802.1q }
					subnet "Mgmt Net" { cidr "10.1.1.0/24" vlan 10 switches SW-1 }
					workload W1 { memory 4 GB cpu 20 % subnets "Mgmt Net" fault-tolerance required }
					host-design H1 { placement R1 at U 1 power-supplies 2 feeds A
						adapter nic ports 2 { port 1 switch SW-1 } team T members nic }
					""";
			List<String> tokens = List.of(valid.split("(?<=\\s)|(?=\\s)"));
			List<String> extras = List.of("{", "}", "\"", ",", "-", "0", "/*", "//", "\n", "x", "U", "%", "N", "+",
					"'", "-1", "99999999999", "4 GB", "SW-9", "feeds", "port");
			Random random = new Random(42);
			for (int i = 0; i < 200; i++) {
				List<String> mutated = new ArrayList<>(tokens);
				for (int k = 1 + random.nextInt(5); k > 0; k--) {
					int at = random.nextInt(mutated.size());
					switch (random.nextInt(4)) {
						case 0 -> mutated.remove(at);
						case 1 -> mutated.add(at, mutated.get(random.nextInt(mutated.size())));
						case 2 -> mutated.set(at, mutated.get(random.nextInt(mutated.size())));
						default -> mutated.add(at, extras.get(random.nextInt(extras.size())));
					}
				}
				validateSafely(String.join("", mutated));
			}
		}
	}
}
