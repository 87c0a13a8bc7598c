package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ddc analyze}: contoso's figures as its comments work them out by hand, and the JSON placement re-checked
 * here independently of the engine (capacity, anti-affinity, isolation, every VM placed).
 */
class AnalyzeCommandTest {
	private static final double TOLERANCE = 1e-6;

	@Test
	void contoso_text_showsHostsDeclaredAndNeeded_andTheHeadroomAfterNPlusOne() {
		Cli.Result result = Cli.run("analyze", Cli.EXAMPLES.resolve("contoso").toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		String out = result.out();
		// GRP-WEBAPP: 1,024 GB and 236 % x 1.2 x 1.25 = 1,536 GB and 354 %; 7 surviving hosts of 256 GB less 4 GB
		// host reserve = 1,764 GB and 700 %: 228 GB and 346 % free
		assertTrue(out.contains("host design HD-WEBAPP: 8 hosts declared, 8 needed, 1 declared cluster; 133 VMs; fits"),
				out);
		assertTrue(out.contains("headroom after N+1: memory 228 GB free of 1.7 TB (12.9 %); CPU 346 % free of 700 % "
				+ "(49.4 %)"), out);
		// GRP-DATA: 832 GB x 1.5 = 1,248 GB of 3 x 508 GB = 1,524 GB; 108 % x 1.5 = 162 % of 300 %
		assertTrue(out.contains("memory 276 GB free of 1.5 TB (18.1 %); CPU 138 % free of 300 % (46 %)"), out);
		// GRP-PCI: 216 GB x 1.5 = 324 GB of 2 x 252 GB = 504 GB; 35 % x 1.5 = 52.5 % of 200 %
		assertTrue(out.contains("memory 180 GB free of 504 GB (35.7 %); CPU 147.5 % free of 200 % (73.8 %)"), out);
		assertTrue(out.contains("total: 15 hosts declared, 15 needed; 155 VMs; 3 clusters or pools, 0 short"), out);
		assertTrue(out.contains("survives any host failure"), out);
	}

	@Test
	void contoso_json_placementHoldsWhenCheckedIndependently() {
		Cli.Result result = Cli.run("analyze", "--format", "json", Cli.EXAMPLES.resolve("contoso").toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		JsonObject design = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("designs").get(0)
				.getAsJsonObject();
		assertEquals(4096.0, design.get("hostReserveMb").getAsDouble());
		assertEquals(1.5, design.get("headroomFactor").getAsDouble(), TOLERANCE);
		int vms = 0;
		for (JsonElement hostDesign : design.getAsJsonArray("hostDesigns")) {
			for (JsonElement cluster : hostDesign.getAsJsonObject().getAsJsonArray("clusters")) {
				vms += checkPlacement(cluster.getAsJsonObject());
			}
		}
		// 133 + 12 + 10 VMs in the three groups (the comments at GRP-WEBAPP, GRP-DATA, GRP-PCI)
		assertEquals(155, vms);
	}

	/** Capacity, anti-affinity and isolation per host, every VM placed, loads as reported; returns the VM count. */
	private static int checkPlacement(JsonObject cluster) {
		Map<String, JsonObject> hosts = new HashMap<>();
		for (JsonElement host : cluster.getAsJsonArray("hosts")) {
			hosts.put(host.getAsJsonObject().get("name").getAsString(), host.getAsJsonObject());
		}
		Map<String, double[]> used = new HashMap<>();
		Map<String, Set<String>> sets = new HashMap<>();
		Map<String, Set<String>> domains = new HashMap<>();
		int count = 0;
		for (JsonElement element : cluster.getAsJsonArray("vms")) {
			JsonObject vm = element.getAsJsonObject();
			count++;
			assertFalse(vm.get("host").isJsonNull(), "unplaced: " + vm);
			String host = vm.get("host").getAsString();
			assertTrue(hosts.containsKey(host), "unknown host " + host);
			double[] load = used.computeIfAbsent(host, h -> new double[3]);
			load[0] += vm.get("memoryMb").getAsDouble();
			load[1] += vm.get("cpuPercent").getAsDouble();
			load[2] += 1;
			if (!vm.get("antiAffinitySet").isJsonNull()) {
				assertTrue(sets.computeIfAbsent(host, h -> new HashSet<>()).add(vm.get("antiAffinitySet").getAsString()),
						"two members of " + vm.get("antiAffinitySet") + " on " + host);
			}
			domains.computeIfAbsent(host, h -> new HashSet<>()).add(vm.get("isolationDomain").isJsonNull() ? ""
					: vm.get("isolationDomain").getAsString());
		}
		for (Map.Entry<String, JsonObject> host : hosts.entrySet()) {
			double[] load = used.getOrDefault(host.getKey(), new double[3]);
			JsonObject capacity = host.getValue().getAsJsonObject("capacity");
			JsonObject reported = host.getValue().getAsJsonObject("load");
			assertTrue(load[0] <= capacity.get("memoryMb").getAsDouble() * (1 + TOLERANCE), host.getKey() + " memory");
			assertTrue(load[1] <= capacity.get("cpuPercent").getAsDouble() * (1 + TOLERANCE), host.getKey() + " CPU");
			assertEquals(load[0], reported.get("memoryMb").getAsDouble(), TOLERANCE, host.getKey());
			assertEquals((int) load[2], reported.get("vms").getAsInt(), host.getKey());
			assertTrue(domains.getOrDefault(host.getKey(), Set.of()).size() <= 1, host.getKey() + " mixes domains");
		}
		assertEquals("HOLDS", cluster.getAsJsonObject("survival").get("status").getAsString());
		return count;
	}

	@Test
	void undersizedDesign_isShort_namesTheVm_andExitsLikeValidate(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("small.ddc");
		Files.writeString(file, """
				host-design HD-1 { quantity 2 memory 132 GB }
				workload SQL { memory 80 GB instances 3 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""");
		Cli.Result text = Cli.run("analyze", file.toString());
		assertEquals(ExitCode.FINDINGS, text.exitCode(), text.all());
		assertTrue(text.out().contains("host design HD-1: 2 hosts declared, 3 needed, unclustered; 3 VMs; SHORT — VM "
				+ "SQL#3 finds no host (memory)"), text.out());
		assertTrue(text.out().contains("unplaced: VM SQL#3 (memory)"), text.out());
		Cli.Result json = Cli.run("analyze", "--format", "json", file.toString());
		JsonObject hostDesign = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("designs").get(0)
				.getAsJsonObject().getAsJsonArray("hostDesigns").get(0).getAsJsonObject();
		assertEquals(3, hostDesign.get("hostsNeeded").getAsInt());
		assertEquals("MEMORY", hostDesign.getAsJsonObject("shortfall").get("limit").getAsString());
	}

	private static final String TWO_RACKS = """
			design D { policy { failover-reserve N + 1 } }
			power-feed A
			power-feed B
			rack R1 { height 42 U feed A 10 kW }
			rack R2 { height 42 U feed A 10 kW feed B 10 kW }
			host-design H {
				quantity 4 cluster-size 4 memory 132 GB height 2 U power-supplies 2 redundant
				placement R1 at U 1 count 2 placement R2 at U 1 count 2
			}
			workload-group G { host-design H }
			workload WEB { memory 8 GB instances 2 group G fault-tolerance required approach load-balancing }
			workload APP { memory 8 GB group G }
			load-balancer LB { kind hardware quantity 2 serves WEB }
			""";

	@Test
	void whatIf_aRackTakesTwoOfFourHosts_beyondNPlusOne(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("racks.ddc");
		Files.writeString(file, TWO_RACKS);
		// hosts are used R1, R2, R1, R2 (H-01, H-03, H-02, H-04): WEB's two instances land in different racks, APP
		// on H-01. R1 takes H-01 and H-02, two hosts where N+1 absorbs one: APP is out, WEB keeps one of two
		Cli.Result one = Cli.run("analyze", "--fail", "R1", file.toString());
		assertTrue(one.out().contains("if rack R1 fails:\n  2 hosts lost: H-01, H-02 down with rack R1\n"
				+ "  clusters losing more hosts than their reserve: H-CL1\n  outage of APP; degraded: WEB 1 of 2"),
				one.out());
		// feed A powers R1 alone: its hosts lose power; R2's hosts have their second supply on B
		Cli.Result feed = Cli.run("analyze", "--fail", "A", file.toString());
		assertTrue(feed.out().contains("2 hosts lost: H-01, H-02 without power (A)"), feed.out());
		// both racks: everything is out; one unit of the load-balancer pair: nothing
		Cli.Result both = Cli.run("analyze", "--format", "json", "--fail", "R1,R2", file.toString());
		JsonObject whatIf = JsonParser.parseString(both.out()).getAsJsonObject().getAsJsonArray("designs").get(0)
				.getAsJsonObject().getAsJsonObject("whatIf");
		assertEquals(4, whatIf.getAsJsonArray("hostsLost").size());
		assertEquals(2, whatIf.getAsJsonArray("outages").size());
		assertTrue(Cli.run("analyze", "--fail", "LB-01", file.toString()).out()
				.contains("if load balancer LB-01 fails:\n  nothing loses service or capacity"));
		assertTrue(Cli.run("analyze", "--fail", "LB", file.toString()).out().contains("outage of WEB"));
		// no single component takes WEB out: the racks are single points for APP (one instance) only
		assertTrue(one.out().contains("rack R1: 2 hosts lost"), one.out());
		Cli.Result unknown = Cli.run("analyze", "--fail", "R9", file.toString());
		assertEquals(ExitCode.USAGE, unknown.exitCode());
		assertTrue(unknown.err().contains("--fail: no component named 'R9'"), unknown.err());
	}

	@Test
	void missingPath_isAUsageError() {
		Cli.Result result = Cli.run("analyze", "/no/such/design");
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().startsWith("ddc analyze: "), result.err());
		assertFalse(Cli.hasStackTrace(result.all()));
	}
}
