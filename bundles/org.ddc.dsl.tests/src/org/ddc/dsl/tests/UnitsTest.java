package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.assertError;
import static org.ddc.dsl.tests.DdcTestSupport.element;
import static org.ddc.dsl.tests.DdcTestSupport.errors;
import static org.ddc.dsl.tests.DdcTestSupport.findings;
import static org.ddc.dsl.tests.DdcTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.model.DdcModel;
import org.ddc.model.HostDesign;
import org.ddc.model.Rack;
import org.ddc.model.Workload;
import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Duration;
import org.ddc.model.units.Frequency;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Power;
import org.ddc.model.units.QuantityFormatException;
import org.ddc.model.units.RackSpace;
import org.ddc.model.units.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantities with units: normalisation to base units in the language, unit errors, and the value classes. */
class UnitsTest {

	// ------------------------------------------------------------------ in .ddc files

	@Test
	void dataSizesNormaliseToMegabytesWithBinaryFactors() {
		DdcModel model = parse("""
				workload A { memory 1 GB disk 1.2 TB }
				workload B { memory 1024 MB disk 1228.8 GB }
				""");
		Workload a = element(model, Workload.class, "A");
		Workload b = element(model, Workload.class, "B");
		assertEquals(1024.0, a.getMemory().base());
		assertEquals(a.getMemory(), b.getMemory());
		assertEquals(1.2 * 1024 * 1024, a.getDisk().base(), 1e-6);
		assertEquals(a.getDisk(), b.getDisk());
	}

	@Test
	void kilobytesAreBinaryAndCaseSensitive_andAreNoDataRate() {
		assertEquals(DataSize.valueOf("1 MB"), DataSize.valueOf("1024 KB"));
		assertEquals(32.0, DataSize.valueOf("32 KB").kilobytes(), 1e-9);
		assertEquals(4096.0, DataSize.valueOf("4 MB").kilobytes(), 1e-9);
		assertEquals("32 KB", DataSize.valueOf("32KB").toString());
		QuantityFormatException lower = assertThrows(QuantityFormatException.class, () -> DataSize.valueOf("32 kb"));
		assertTrue(lower.getMessage().contains("unknown unit 'kb' for a data size: use KB, MB, GB or TB"),
				lower.getMessage());
		QuantityFormatException rate = assertThrows(QuantityFormatException.class, () -> DataSize.valueOf("32 Kbps"));
		assertTrue(rate.getMessage().contains("'Kbps' is a unit of data rate"), rate.getMessage());
		QuantityFormatException size = assertThrows(QuantityFormatException.class, () -> DataRate.valueOf("32 KB"));
		assertTrue(size.getMessage().contains("'KB' is a unit of data size"), size.getMessage());
		assertEquals(0.8, DataRate.valueOf("800 kbps").base(), 1e-9);
	}

	@Test
	void dataRatesNormaliseToMegabitsAndAcceptAnyCase() {
		DdcModel model = parse("""
				workload A { throughput 10 Gbps }
				workload B { throughput 800 mbps }
				workload C { throughput 10000 MBPS }
				""");
		assertEquals(10_000.0, element(model, Workload.class, "A").getThroughput().base());
		DataRate lowerCase = element(model, Workload.class, "B").getThroughput();
		assertEquals(800.0, lowerCase.base());
		assertEquals(Unit.MBPS, lowerCase.unit());
		assertEquals(element(model, Workload.class, "A").getThroughput(),
				element(model, Workload.class, "C").getThroughput());
	}

	@Test
	void powerDurationRackSpaceAndFrequencyNormaliseToBaseUnits() {
		DdcModel model = parse("""
				rack R { height 42 U power-budget 3 kW feed A 1.5 kW }
				power-feed A { capacity 20 kW }
				workload W { rpo 4 h rto 90 s cpu 25 % iops 300 IOPS }
				host-design H { cpu 2 x 8 cores 2600 MHz power-draw 450 W }
				""");
		Rack rack = element(model, Rack.class, "R");
		assertEquals(3000.0, rack.getPowerBudget().base());
		assertEquals(1500.0, rack.getCircuits().get(0).getCapacity().base());
		assertEquals(42.0, rack.getHeight().base());
		Workload workload = element(model, Workload.class, "W");
		assertEquals(240.0, workload.getRpo().base());
		assertEquals(1.5, workload.getRto().base(), 1e-9);
		assertEquals(25.0, workload.getCpu().base());
		assertEquals(300.0, workload.getIops().base());
		HostDesign host = element(model, HostDesign.class, "H");
		assertEquals(2.6, host.getCpu().getClock().base(), 1e-9);
		assertEquals(450.0, host.getPowerDraw().base());
	}

	@Test
	void unitMayBeWrittenWithoutSpace() {
		Workload workload = element(parse("workload W { memory 4GB cpu 20% }"), Workload.class, "W");
		assertEquals(DataSize.valueOf("4 GB"), workload.getMemory());
		assertEquals(Percentage.valueOf("20 %"), workload.getCpu());
	}

	@Test
	void wrongUnitKindIsReportedAtItsLineNamingTheExpectedUnits() {
		List<Finding> findings = findings("""
				workload W {
					instances 2
					memory 4 GHz
				}
				""");
		Finding finding = assertError(findings, IssueCodes.UNIT, 3, "'GHz' is a unit of clock frequency");
		assertTrue(finding.message().contains("a data size is expected"), finding::format);
		assertTrue(finding.message().contains("KB, MB, GB or TB"), finding::format);
		assertEquals(1, errors(findings).size(), () -> DdcTestSupport.describe(findings));
	}

	@Test
	void wrongUnitInRateIsReportedWithRateUnits() {
		List<Finding> findings = findings("host-design H {\n\tadapter nic speed 10 GB\n}\n");
		assertError(findings, IssueCodes.UNIT, 2, "Kbps, Mbps or Gbps");
	}

	@Test
	void missingUnitIsReportedAsMissingUnit() {
		List<Finding> findings = findings("""
				workload W {
					disk 100
				}
				""");
		Finding finding = assertError(findings, IssueCodes.UNIT, 2, "missing unit");
		assertTrue(finding.message().contains("'100'"), finding::format);
		assertTrue(finding.message().contains("4 GB"), finding::format);
	}

	@Test
	void missingUnitBeforeNextAttributeIsStillAMissingUnit() {
		List<Finding> findings = findings("workload W {\n\tcpu 20\n\tinstances 2\n}\n");
		assertError(findings, IssueCodes.UNIT, 2, "missing unit after '20'");
	}

	@Test
	void unknownUnitIsReportedWithTheAcceptedUnits() {
		List<Finding> findings = findings("""
				workload W {
					memory 4 GiB
					iops 500 ops
				}
				""");
		assertError(findings, IssueCodes.UNIT, 2, "unknown unit 'GiB' for a data size: use KB, MB, GB or TB");
		assertError(findings, IssueCodes.UNIT, 3, "unknown unit 'ops' for an I/O rate: use IOPS");
	}

	@Test
	void dataSizeUnitsAreCaseSensitiveBecauseMbIsNotMB() {
		assertError(findings("workload W { memory 4 gb }"), IssueCodes.UNIT, 1, "unknown unit 'gb'");
	}

	@Test
	void unitErrorsInSeveralAttributesAreEachReported() {
		List<Finding> findings = findings("""
				rack R {
					height 42
					power-budget 5 GB
				}
				""");
		assertError(findings, IssueCodes.UNIT, 2, "missing unit");
		assertError(findings, IssueCodes.UNIT, 3, "a power is expected");
	}

	// ------------------------------------------------------------------ the value classes

	@Test
	void valueOfKeepsAmountAndUnitAsWritten() {
		DataSize size = DataSize.valueOf("1.50 TB");
		assertEquals(new BigDecimal("1.50"), size.amount());
		assertEquals(Unit.TB, size.unit());
		assertEquals("1.50 TB", size.toString());
		assertEquals(1.5 * 1024 * 1024, size.base(), 1e-6);
	}

	@Test
	void equalQuantitiesInDifferentUnitsAreEqualAndHashAlike() {
		assertEquals(DataSize.valueOf("1 GB"), DataSize.valueOf("1024 MB"));
		assertEquals(DataSize.valueOf("1 GB").hashCode(), DataSize.valueOf("1024 MB").hashCode());
		assertEquals(DataRate.valueOf("10 Gbps"), DataRate.valueOf("10000 Mbps"));
		assertEquals(Power.valueOf("3 kW"), Power.valueOf("3000 W"));
		assertEquals(Duration.valueOf("4 h"), Duration.valueOf("240 min"));
		assertEquals(Duration.valueOf("4 h").hashCode(), Duration.valueOf("240 min").hashCode());
		assertEquals(Frequency.valueOf("2.6 GHz"), Frequency.valueOf("2600 MHz"));
		assertEquals(Duration.valueOf("1 min"), Duration.valueOf("60 s"));
	}

	@Test
	void quantitiesOfDifferentKindsAreNeverEqual() {
		assertNotEquals(Percentage.valueOf("1 %"), IoRate.valueOf("1 IOPS"));
		assertNotEquals(DataSize.valueOf("1 MB"), DataRate.valueOf("1 Mbps"));
	}

	@Test
	void quantitiesCompareByBaseValue() {
		assertTrue(DataSize.valueOf("1 GB").compareTo(DataSize.valueOf("1000 MB")) > 0);
		assertTrue(Duration.valueOf("59 min").compareTo(Duration.valueOf("1 h")) < 0);
	}

	@ParameterizedTest(name = "{0} is {1} in base units")
	@CsvSource({ "1 TB, 1048576", "4GB, 4096", "0.5 GB, 512", "-2 MB, -2", "512 KB, 0.5", "32 KB, 0.03125" })
	void dataSizeLiteralsConvertToMegabytes(String literal, double megabytes) {
		assertEquals(megabytes, DataSize.valueOf(literal).megabytes(), 1e-9);
	}

	@ParameterizedTest(name = "{0} is {1} in base units")
	@CsvSource({ "800 kbps, 0.8", "1 GBPS, 1000", "3 KW, 3000", "2 H, 120", "2 d, 2880" })
	void ratePowerAndDurationUnitsAreCaseInsensitive(String literal, double base) {
		double value = switch (literal.replaceAll("[^A-Za-z]", "").toLowerCase()) {
			case "kbps", "gbps" -> DataRate.valueOf(literal).base();
			case "kw" -> Power.valueOf(literal).base();
			default -> Duration.valueOf(literal).base();
		};
		assertEquals(base, value, 1e-9);
	}

	@Test
	void rackUnitsAreCaseSensitive() {
		assertEquals(2.0, RackSpace.valueOf("2 U").units());
		QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> RackSpace.valueOf("2 u"));
		assertTrue(e.getMessage().contains("unknown unit 'u'"), e.getMessage());
	}

	@Test
	void valueOfRejectsMissingUnit() {
		QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> DataSize.valueOf("100"));
		assertTrue(e.getMessage().startsWith("missing unit after '100'"), e.getMessage());
	}

	@Test
	void valueOfRejectsUnitOfAnotherDimension() {
		QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Power.valueOf("5 GB"));
		assertTrue(e.getMessage().contains("'GB' is a unit of data size, but a power is expected"), e.getMessage());
	}

	@Test
	void valueOfRejectsUnknownUnit() {
		QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> IoRate.valueOf("5 ops"));
		assertTrue(e.getMessage().contains("unknown unit 'ops' for an I/O rate: use IOPS"), e.getMessage());
	}

	@Test
	void valueOfRejectsTextWithoutNumber() {
		for (String literal : new String[] { "GB", "", "four GB", "1,5 GB", "4 GB extra" }) {
			QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> DataSize.valueOf(literal),
					literal);
			assertTrue(e.getMessage().contains("4 GB"), e.getMessage());
		}
		assertThrows(QuantityFormatException.class, () -> DataSize.valueOf(null));
	}

	@Test
	void constructorRejectsUnitOfAnotherDimension() {
		QuantityFormatException e = assertThrows(QuantityFormatException.class,
				() -> new DataSize(BigDecimal.ONE, Unit.GHZ));
		assertTrue(e.getMessage().contains("GHz is not a unit of data size"), e.getMessage());
	}

	@Test
	void describeListsUnitsOfADimensionInAscendingOrder() {
		assertEquals("KB, MB, GB or TB", Unit.describe(DataSize.valueOf("1 MB").dimension()));
		assertEquals("s, min, h or d", Unit.describe(Duration.valueOf("1 h").dimension()));
	}
}
