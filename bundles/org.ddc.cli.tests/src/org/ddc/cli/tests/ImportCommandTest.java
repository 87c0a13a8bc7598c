package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddc.cli.ExitCode;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddc import}: Table A-1 from CSV into workload declarations. */
class ImportCommandTest {
	/** The guide's Table A-1 with its sample values (L537–L627), one column per workload, as a CSV export. */
	static final String GUIDE_SAMPLE = """
			Resource,Workload 1,Workload 2,Workload N,Total
			Application name,App-1,App-2,,
			Operating systems supported,Windows Server 2008 R2,Windows 7,,
			Memory,2 GB,1 GB,,
			CPU utilization,8%,2%,,
			Disk space required,150 GB,2 GB,,
			Disk IOps,750,20,,
			Network subnets,192.168.4.x,192.168.22.x,,
			Network throughput,800 mbps,10 mbps,,
			Isolation requirements,Yes,No,,
			Virtualization supported,Yes,Yes,,
			Requirement for fault tolerance , Yes,No,,
			Fault-tolerance approach,Cluster,Not applicable,,
			In scope,Yes,Yes,,
			Workload grouping,A,B,,
			""";

	@TempDir
	Path temp;

	private Path csv(String name, String text) throws IOException {
		return Files.writeString(temp.resolve(name), text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
	}

	private static List<Workload> workloads(String text) {
		DdcModel model = DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("w.ddc", text)).models().get(0);
		return model.getElements().stream().filter(Workload.class::isInstance).map(Workload.class::cast).toList();
	}

	@Test
	void theGuidesOwnSample_isRefusedCellByCell_whereItDoesNotSayWhatADesignNeeds() throws IOException {
		Path table = csv("a1.csv", GUIDE_SAMPLE);
		Path out = temp.resolve("workloads.ddc");
		Cli.Result result = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.all());
		String t = table.toString();
		assertEquals(List.of(
				t + ":8:2: subnet name '192.168.4.x' contains '.', which separates qualified names in ddc: use '-' "
						+ "instead ('192.168.4.x' is an address: name the subnet here, e.g. NET-192-168-4, and give it "
						+ "the address in its declaration: cidr \"…\")",
				t + ":10:2: 'Yes' names no isolation domain: write the domain the workload belongs to, e.g. 'Yes "
						+ "(PCI-CDE)' or 'PCI-CDE' (workloads of a domain get hosts of their own), or 'No'",
				t + ":13:2: 'Cluster' is not one of the guide's fault-tolerance approaches ('Cluster' does not say "
						+ "which clustering): write Load Balancing, Virtual Machine-Level Clustering, Host-Level "
						+ "Clustering, Application-Level Fault Tolerance or Not applicable",
				t + ":8:3: subnet name '192.168.22.x' contains '.', which separates qualified names in ddc: use '-' "
						+ "instead ('192.168.22.x' is an address: name the subnet here, e.g. NET-192-168-22, and give it "
						+ "the address in its declaration: cidr \"…\")",
				"4 errors in Table A-1; " + out + " was not written"), result.err().lines().toList());
		assertFalse(Files.exists(out));
		assertFalse(Cli.hasStackTrace(result.all()));
	}

	@Test
	void theGuidesLayout_withItsMixedUnits_becomesWorkloadsInDdcUnits_writtenByTheFormatter() throws IOException {
		Path table = csv("a1.csv", GUIDE_SAMPLE.replace("192.168.4.x", "NET-4").replace("192.168.22.x", "NET-22")
				.replace("Isolation requirements,Yes,", "Isolation requirements,Yes (REG-A),")
				.replace(",Cluster,", ",Host-Level Clustering,").replace("150 GB", "1.2 terabytes")
				.replace("800 mbps", "1 Gbps"));
		Path out = temp.resolve("workloads.ddc");
		Cli.Result result = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertEquals(List.of("wrote " + out + ": 2 workloads from Table A-1 of " + table
				+ " (the guide's layout, one column per workload)",
				"the workloads refer to subnets NET-4, NET-22; workload groups A, B; isolation domains REG-A: declare "
						+ "them in the design"), result.out().lines().toList());
		assertEquals("""
				workload App-1 {
				\tapplication "App-1"
				\tos "Windows Server 2008 R2"
				\tmemory 2 GB
				\tcpu 8 %
				\tdisk 1.2 TB
				\tiops 750 IOPS
				\tsubnets NET-4
				\tthroughput 1 Gbps
				\tisolation REG-A
				\tvirtualization-supported yes
				\tfault-tolerance required approach host-clustering
				\tin-scope yes
				\tgroup A
				}

				workload App-2 {
				\tapplication "App-2"
				\tos "Windows 7"
				\tmemory 1 GB
				\tcpu 2 %
				\tdisk 2 GB
				\tiops 20 IOPS
				\tsubnets NET-22
				\tthroughput 10 Mbps
				\tisolation none
				\tvirtualization-supported yes
				\tfault-tolerance not-required approach not-applicable
				\tin-scope yes
				\tgroup B
				}
				""", Files.readString(out));
		// with the elements they name declared, the workloads validate without errors
		Files.writeString(temp.resolve("rest.ddc"), """
				design D { platform hyperv-2012-r2 }
				subnet NET-4 { cidr "192.168.4.0/24" } subnet NET-22 { cidr "192.168.22.0/24" }
				isolation-domain REG-A { basis "regulation" }
				workload-group A { } workload-group B { }
				""");
		Cli.Result validate = Cli.run("validate", out.toString(), temp.resolve("rest.ddc").toString());
		assertTrue(validate.out().lines().noneMatch(l -> l.contains(": error: [DDC-")), validate.out());
	}

	@Test
	void oneWorkloadPerRow_asInventoryToolsExport_withUnitsInTheHeaders_andATotalRowSkipped() throws IOException {
		Path table = csv("inventory.csv", """
				Server,Application name,Operating systems supported,Memory (GB),CPU utilization (%),Disk space required (GB),Disk IOps,Network subnets,Network throughput (Mbps),In scope,Workload grouping,Owner
				SRV-WEB-01,Intranet,"Windows Server 2012 R2; Windows Server 2016",4,6,80,150,"NET-WEB, NET-APP",200,Yes,GRP-WEB,Ops
				SRV-SQL-01,SQL Server,Windows Server 2012 R2,"32",15.5,"1,200",1500,NET-DB,500,No,GRP-DB,DBA
				Total,,,36,21.5,1280,1650,,700,,,
				""");
		Path out = temp.resolve("w.ddc");
		Cli.Result result = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertTrue(result.out().contains(": 2 workloads from Table A-1 of " + table + " (one workload per row)"),
				result.out());
		assertTrue(result.out().contains(table + ":1:12: 'Owner' is not a Table A-1 label: not imported"),
				result.out());
		List<Workload> workloads = workloads(Files.readString(out));
		assertEquals(List.of("SRV-WEB-01", "SRV-SQL-01"), workloads.stream().map(Workload::getName).toList());
		Workload web = workloads.get(0);
		assertEquals(List.of("Windows Server 2012 R2", "Windows Server 2016"), web.getOperatingSystems());
		assertEquals("4 GB", web.getMemory().toString());
		assertEquals("6 %", web.getCpu().toString());
		assertEquals(List.of("NET-WEB", "NET-APP"), subnetNames(web));
		Workload sql = workloads.get(1);
		assertEquals("1200 GB", sql.getDisk().toString());
		assertEquals("15.5 %", sql.getCpu().toString());
		assertEquals("500 Mbps", sql.getThroughput().toString());
		assertFalse(sql.isInScope());
		assertTrue(sql.isSetInScope());
	}

	/** The names a workload's subnets reference is written with (the subnets are declared in no file here). */
	private static List<String> subnetNames(Workload workload) {
		return NodeModelUtils.findNodesForFeature(workload, DdcPackage.Literals.WORKLOAD__SUBNETS).stream()
				.map(NodeModelUtils::getTokenText).toList();
	}

	@Test
	void hostileCells_stayText_unicodeNamesAreQuoted_andNamesTheLanguageCannotHoldAreRefusedByPosition()
			throws IOException {
		Path table = csv("hostile.csv", """
				Workload,Application name,Memory,In scope
				"Zürich ""Web""\","=HYPERLINK(""http://evil.example/x"",""click"")",4 GB,Yes
				'=cmd,"'=SUM(A1:A9)",2 GB,Yes
				""");
		Path out = temp.resolve("w.ddc");
		Cli.Result result = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		String text = Files.readString(out);
		assertTrue(text.contains("workload \"Zürich \\\"Web\\\"\" {"), text);
		assertTrue(text.contains("\tapplication \"=HYPERLINK(\\\"http://evil.example/x\\\",\\\"click\\\")\"\n"), text);
		assertTrue(text.contains("workload \"=cmd\" {"), "the apostrophe that made it inert is gone: " + text);
		assertTrue(text.contains("\tapplication \"=SUM(A1:A9)\"\n"), text);
		List<Workload> workloads = workloads(text);
		assertEquals(List.of("Zürich \"Web\"", "=cmd"), workloads.stream().map(Workload::getName).toList());

		Path bad = csv("bad-names.csv", """
				Workload,Application name,Memory
				web.example.com,Web,4 GHz
				"two
				lines",App
				bidi\u202Eevil,App
				Zürich "Web",Again
				Zürich "Web",Twice
				""");
		Cli.Result refused = Cli.run("import", bad.toString(), "-o", temp.resolve("bad.ddc").toString());
		assertEquals(ExitCode.FINDINGS, refused.exitCode(), refused.all());
		String b = bad.toString();
		List<String> lines = refused.err().lines().toList();
		assertEquals(b + ":2:1: workload name 'web.example.com' contains '.', which separates qualified names in ddc: "
				+ "use '-' instead", lines.get(0));
		assertEquals(b + ":2:3: 'GHz' is not a unit of data size: use KB, MB, GB or TB", lines.get(1),
				"the other cells of a workload whose name is refused are checked too");
		lines = lines.subList(1, lines.size());
		assertEquals(b + ":3:1: workload name 'two??lines' contains the control character U+000D: use letters, digits,"
				+ " spaces and '-'", lines.get(1));
		assertEquals(b + ":4:1: workload name 'bidi?evil' contains the control character U+202E: use letters, digits,"
				+ " spaces and '-'", lines.get(2));
		assertEquals(b + ":6:1: workload name 'Zürich \"Web\"' is used at " + b + ":5:1 already: every workload needs"
				+ " a name of its own", lines.get(3));
		assertFalse(Files.exists(temp.resolve("bad.ddc")));
	}

	@Test
	void badUnits_areNamedWithTheirCell_andNothingIsWritten() throws IOException {
		Path table = csv("units.csv", """
				Resource,WEB,APP
				Memory,4 GHz,2 GB
				CPU utilization,8,5 %
				Disk space required,"1,5 GB",20 GB
				Disk IOps,100 IOPS,-5
				Network throughput,800,100 MB/s
				""");
		Path out = temp.resolve("w.ddc");
		Cli.Result result = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.all());
		String t = table.toString();
		assertEquals(List.of(
				t + ":2:2: 'GHz' is not a unit of data size: use KB, MB, GB or TB",
				t + ":3:2: '8' has no unit: write a percentage such as '20 %' (%), or name the unit in the label, e.g. "
						+ "'Memory (GB)'",
				t + ":4:2: '1,5 GB' is not a data size: write a number and a unit, e.g. '4 GB' (with '.' as the "
						+ "decimal point)",
				t + ":6:2: '800' has no unit: write a data rate such as '10 Gbps' (Kbps, Mbps or Gbps), or name the "
						+ "unit in the label, e.g. 'Memory (GB)'",
				t + ":5:3: '-5 IOPS' is negative: a workload's demand is zero or more",
				t + ":6:3: 'MB/s' is not a unit of data rate: use Kbps, Mbps or Gbps",
				"6 errors in Table A-1; " + out + " was not written"), result.err().lines().toList());
		assertFalse(Files.exists(out));
	}

	/** A design whose workloads fill every Table A-1 row, in several ways. */
	static final String ROUND_TRIP_DESIGN = """
			design D { platform hyperv-2012-r2 }
			isolation-domain PCI { basis "PCI DSS" }
			subnet NET-DMZ { cidr "172.16.10.0/24" }
			subnet NET-APP { cidr "10.20.20.0/24" }
			workload-group GRP-A { }
			""";
	static final String ROUND_TRIP_WORKLOADS = """
			workload WEB { application "Public website" os "Windows Server 2012 R2", "Windows Server 2016" instances 3
				memory 8 GB cpu 5 % disk 80 GB iops 150 IOPS subnets NET-DMZ throughput 200 Mbps isolation none
				virtualization-supported yes fault-tolerance required approach load-balancing in-scope yes group GRP-A }
			workload "Pay \\\\ \\"Card\\"" { application "=HYPERLINK(\\"x\\")" memory 1.5 GB cpu 2.5 % disk 1.2 TB iops 1000 IOPS
				subnets NET-APP, NET-DMZ throughput 1 Gbps isolation PCI fault-tolerance required approach host-clustering
				group GRP-A }
			workload OLD { memory 800 MB virtualization-supported no in-scope no }
			""";

	/**
	 * What Table A-1 says about a workload, for comparing: the quantities by value (1.2 TB equals 1228.8 GB), in scope
	 * as counted.
	 */
	static List<Object> a1(Workload w) {
		java.util.function.Function<org.ddc.model.units.Quantity, Object> value = q -> q == null ? null
				: q.baseValue().stripTrailingZeros();
		return java.util.Arrays.asList(w.getName(), w.getApplication(), List.copyOf(w.getOperatingSystems()),
				w.getInstances(), value.apply(w.getMemory()), value.apply(w.getCpu()), value.apply(w.getDisk()),
				value.apply(w.getIops()), w.getSubnets().stream().map(org.ddc.model.Subnet::getName).toList(),
				value.apply(w.getThroughput()), w.getIsolation() != null ? w.getIsolation().getName()
						: w.isSetIsolationRequired() ? "none" : null,
				w.isSetVirtualizationSupported() ? w.isVirtualizationSupported() : null,
				w.isSetFaultToleranceRequired() ? w.isFaultToleranceRequired() : null,
				w.isSetFaultToleranceApproach() ? w.getFaultToleranceApproach() : null,
				org.ddc.analysis.Demand.inScope(w), w.getGroup() != null ? w.getGroup().getName() : null);
	}

	/** The workloads of a design given as file texts, linked. */
	static List<Workload> linkedWorkloads(Map<String, String> files) {
		var design = DdcStandaloneSetup.injector().getInstance(DesignLoader.class).loadText(files);
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(design.resourceSet());
		return design.models().stream().flatMap(m -> m.getElements().stream()).filter(Workload.class::isInstance)
				.map(Workload.class::cast).toList();
	}

	@Test
	void aReportsOwnTableA1_importsBackToTheSameWorkloads() throws IOException {
		// Table A-1 of ROUND_TRIP_DESIGN as ddc's report writes it (one CSV per table, RFC 4180): columns headed
		// by the workloads' names, units in the row labels, each column the workload's total over its VM instances,
		// text that a spreadsheet would run as a formula made inert with an apostrophe, empty cells for what the
		// design does not state. This is the report's own A-1.csv of these files, byte for byte but the Total of
		// VM instances (the report counts in-scope VMs there; the import ignores the Total column).
		Path table = csv("A-1.csv", """
				Resource,WEB,"Pay \\ ""Card""\",OLD,Total
				Application name,Public website,"'=HYPERLINK(""x"")",,
				Operating systems supported,"Windows Server 2012 R2, Windows Server 2016",,,
				Memory (GB),24,1.5,0.78125,25.5
				CPU utilization (%),15,2.5,,
				Disk space required (GB),240,1228.8,,1468.8
				Disk IOps (IOPS),450,1000,,1450
				Network subnets,NET-DMZ (172.16.10.0/24),"NET-APP (10.20.20.0/24), NET-DMZ (172.16.10.0/24)",,"NET-DMZ (172.16.10.0/24), NET-APP (10.20.20.0/24)"
				Network throughput (Mbps),600,1000,,1600
				Isolation requirements,No,Yes (PCI),,
				Virtualization supported,Yes,,No,
				Requirement for fault tolerance,Yes,Yes,,
				Fault-tolerance approach,Load Balancing,Host-Level Clustering,,
				In scope,Yes,Yes (not stated: counted in scope),No,
				Workload grouping,GRP-A,GRP-A,,
				VM instances,3,1,1,5
				""");
		Path out = temp.resolve("workloads.ddc");
		Cli.Result result = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		List<Workload> original = linkedWorkloads(Map.of("design.ddc", ROUND_TRIP_DESIGN, "w.ddc", ROUND_TRIP_WORKLOADS));
		List<Workload> imported = linkedWorkloads(Map.of("design.ddc", ROUND_TRIP_DESIGN, "w.ddc", Files.readString(out)));
		assertEquals(3, imported.size());
		assertEquals(original.stream().map(ImportCommandTest::a1).toList(),
				imported.stream().map(ImportCommandTest::a1).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv/A-1.csv", "report.xlsx" })
	void theReportCommandsOwnTableA1_importsBackToTheSameWorkloads(String written) throws IOException {
		// the real round trip: 'ddc report' writes the design's A-1, 'ddc import' reads it back
		Path design = Files.createDirectories(temp.resolve("design"));
		Files.writeString(design.resolve("design.ddc"), ROUND_TRIP_DESIGN);
		Files.writeString(design.resolve("w.ddc"), ROUND_TRIP_WORKLOADS);
		Path report = temp.resolve("report");
		Cli.Result reported = Cli.run("report", design.toString(), "--out", report.toString(), "--format", "csv,xlsx");
		assertTrue(Files.isRegularFile(report.resolve(written)), reported.all());
		Path out = temp.resolve("imported.ddc");
		Cli.Result result = Cli.run("import", report.resolve(written).toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		List<Workload> original = linkedWorkloads(Map.of("design.ddc", ROUND_TRIP_DESIGN, "w.ddc", ROUND_TRIP_WORKLOADS));
		List<Workload> imported = linkedWorkloads(Map.of("design.ddc", ROUND_TRIP_DESIGN, "w.ddc", Files.readString(out)));
		assertEquals(original.stream().map(ImportCommandTest::a1).toList(),
				imported.stream().map(ImportCommandTest::a1).toList());
	}

	@Test
	void anExistingOutput_isNeverOverwrittenWithoutForce() throws IOException {
		Path table = csv("a1.csv", "Resource,WEB\nApplication name,Web\nMemory,4 GB\n");
		Path out = Files.writeString(temp.resolve("mine.ddc"), "// mine\n");
		Cli.Result refused = Cli.run("import", table.toString(), "-o", out.toString());
		assertEquals(ExitCode.USAGE, refused.exitCode());
		assertEquals("ddc import: " + out + " exists; use --force to overwrite it\n", refused.err());
		assertEquals("// mine\n", Files.readString(out));
		assertEquals(ExitCode.OK, Cli.run("import", table.toString(), "-o", out.toString(), "--force").exitCode());
		assertTrue(Files.readString(out).startsWith("workload WEB {\n"));
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".ddc-")).toList(),
					"no temporary file left");
		}
	}

	@Test
	void helpOfImportAndNew_isComplete_andPicocliHasNothingToWarnAbout() {
		java.io.PrintStream stderr = System.err;
		java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
		Cli.Result importHelp;
		Cli.Result newHelp;
		try {
			System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
			importHelp = Cli.run("help", "import");
			newHelp = Cli.run("help", "new");
		} finally {
			System.setErr(stderr);
		}
		assertEquals("", warnings.toString(StandardCharsets.UTF_8), "a '%' in a description breaks picocli's format");
		assertTrue(importHelp.out().startsWith("Usage: ddc import [-hV] [--force] -o=FILE [--sheet=NAME] FILE"),
				importHelp.out());
		assertTrue(importHelp.out().replaceAll("\\s+", " ").contains("mbps, Gbps and % are normalised"),
				importHelp.out());
		assertTrue(newHelp.out().startsWith("Usage: ddc new [-hV] [-o=DIR] NAME"), newHelp.out());
	}

	@Test
	void unreadableInput_isAUsageErrorWithTheReason() throws IOException {
		Path out = temp.resolve("w.ddc");
		assertEquals("ddc import: cannot read " + temp.resolve("none.csv") + " (no such file)\n",
				Cli.run("import", temp.resolve("none.csv").toString(), "-o", out.toString()).err());
		Path text = Files.writeString(temp.resolve("a1.txt"), "x");
		assertEquals("ddc import: " + text + ": name a .csv file or an .xlsx workbook\n",
				Cli.run("import", text.toString(), "-o", out.toString()).err());
		Path latin1 = Files.write(temp.resolve("latin1.csv"), "Resource,Z\u00fcrich\nMemory,4 GB\n".getBytes(
				StandardCharsets.ISO_8859_1));
		assertEquals("ddc import: " + latin1 + ": not UTF-8 text: save the table as CSV UTF-8\n",
				Cli.run("import", latin1.toString(), "-o", out.toString()).err());
		Path other = csv("other.csv", "Name,Colour\nx,red\n");
		assertEquals("ddc import: " + other + ": no Table A-1 here: neither the first column nor a row holds"
				+ " its labels (Application name, Memory, CPU utilization, …)\n",
				Cli.run("import", other.toString(), "-o", out.toString()).err());
		Path broken = csv("broken.csv", "Resource,WEB\nMemory,\"4 GB\nApplication name,x\n");
		Cli.Result result = Cli.run("import", broken.toString(), "-o", out.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
		assertTrue(result.err().startsWith("ddc import: " + broken + ": not a CSV table ("), result.err());
		assertFalse(Files.exists(out));
		assertFalse(Cli.hasStackTrace(result.all()));
	}
}
