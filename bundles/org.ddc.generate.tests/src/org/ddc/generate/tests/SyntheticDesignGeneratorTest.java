package org.ddc.generate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.formatting2.DdcTextFormatter;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.validation.Finding;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.model.DdcModel;
import org.ddc.model.Element;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.Placement;
import org.ddc.model.Rack;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticDesignGeneratorTest {

	@ParameterizedTest(name = "{0} workloads, seed {1}")
	@CsvSource({ "1, 1", "2, 5", "3, 3", "10, 3", "60, 2", "201, 4", "300, 7", "1000, 1", "5000, 2" })
	void generatedDesign_validatesWithoutErrorsOrWarnings_andEveryCheckRuns(int workloads, long seed) {
		List<Finding> findings = Designs.validate(Designs.text(workloads, seed));
		List<String> problems = Designs.errorsAndWarnings(findings);
		assertEquals(List.of(), problems, problems.size() + " errors and warnings");
		assertEquals(List.of(), findings.stream().filter(f -> f.message().startsWith("not checked")).map(Finding::format)
				.toList(), "checks not run");
	}

	@Test
	void generatedDesign_scalesGroupsHostsStorageAndRacks() {
		String small = Designs.text(100, 1);
		String large = Designs.text(1500, 1);
		for (String keyword : new String[] { "workload-group ", "host-design ", "storage-system ", "rack ", "switch ",
				"vmm-instance " }) {
			long inSmall = Designs.linesStartingWith(small, keyword);
			long inLarge = Designs.linesStartingWith(large, keyword);
			assertTrue(inSmall >= 1, keyword + " missing in small design");
			assertTrue(inLarge >= inSmall, keyword + " does not scale: " + inSmall + " -> " + inLarge);
		}
		assertEquals(100, Designs.linesStartingWith(small, "workload "));
		assertEquals(1500, Designs.linesStartingWith(large, "workload "));
		assertTrue(Designs.linesStartingWith(large, "rack ") > Designs.linesStartingWith(small, "rack "));
	}

	@ParameterizedTest(name = "{0} workloads, seed {1}")
	@CsvSource({ "1, 1", "60, 2", "5000, 2" })
	void noComputeRackHoldsTwoHostsOfAHostDesign_norBothSwitchesOfAPair(int workloads, long seed) {
		DdcModel model = SyntheticDesignGenerator.generate(workloads, seed);
		for (Element element : model.getElements()) {
			if (element instanceof HostDesign host) {
				Set<Rack> racks = new HashSet<>();
				for (Placement placement : host.getPlacements()) {
					assertEquals(1, placement.getCount(), host.getName());
					assertTrue(racks.add(placement.getRack()), host.getName() + " twice in " + placement.getRack().getName());
				}
				assertEquals(host.getQuantity(), racks.size(), host.getName());
			} else if (element instanceof NetworkSwitch networkSwitch && networkSwitch.getPartner() != null
					&& networkSwitch.getPlacements().get(0).getRack().getName().startsWith("RK-C")) {
				assertNotEquals(networkSwitch.getPlacements().get(0).getRack(),
						networkSwitch.getPartner().getPlacements().get(0).getRack(), networkSwitch.getName());
			}
		}
	}

	@Test
	void sameSeed_givesTheSameDesign_otherSeedADifferentOne() {
		assertEquals(Designs.text(50, 3), Designs.text(50, 3));
		assertNotEquals(Designs.text(50, 3), Designs.text(50, 4));
	}

	@Test
	void generatedDesign_isInTheFormattersLayout() {
		for (long seed : new long[] { 1, 2 }) {
			String text = Designs.text(60, seed);
			XtextResource resource = (XtextResource) DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
					.loadText(Map.of("g.ddc", text)).resourceSet().getResources().get(0);
			assertEquals(text, DdcStandaloneSetup.injector().getInstance(DdcTextFormatter.class).format(resource),
					"formatting a generated design changes nothing (seed " + seed + ")");
		}
	}

	@Test
	void sizesOutsideTheLimits_areRefused() {
		assertThrows(IllegalArgumentException.class, () -> SyntheticDesignGenerator.generate(0, 1));
		assertThrows(IllegalArgumentException.class,
				() -> SyntheticDesignGenerator.generate(SyntheticDesignGenerator.MAX_WORKLOADS + 1, 1));
	}
}
