package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ddc.analysis.Quantities;
import org.junit.jupiter.api.Test;

/** The one way messages, reports and hovers write numbers. */
class QuantitiesTest {

	@Test
	void numbers_haveThousandsSeparators_andAtMostOneDecimal() {
		assertEquals("2,048", Quantities.number(2048));
		assertEquals("12.5", Quantities.number(12.45)); // half up
		assertEquals("0.3", Quantities.number(0.25));
		assertEquals("7", Quantities.number(7.04));
		assertEquals("0", Quantities.number(-0.01)); // no "-0"
		assertEquals("1,234,567.9", Quantities.number(1234567.89));
	}

	@Test
	void sizesRatesAndPower_useTheLargestUnitThatKeepsTheNumberAtLeastOne() {
		assertEquals("512 MB", Quantities.size(512));
		assertEquals("1.5 GB", Quantities.size(1536));
		assertEquals("252 GB", Quantities.size(252 * 1024));
		assertEquals("1.5 TB", Quantities.size(1.5 * 1024 * 1024));
		assertEquals("800 Mbps", Quantities.rate(800));
		assertEquals("12.5 Gbps", Quantities.rate(12_500));
		assertEquals("750 W", Quantities.power(750));
		assertEquals("5.2 kW", Quantities.power(5_200));
		assertEquals("35 %", Quantities.percent(35));
		assertEquals("12,930 IOPS", Quantities.iops(12_929.6));
	}

	@Test
	void counts_carryTheirNoun_singularOnlyForOne() {
		assertEquals("1 host", Quantities.count(1, "host"));
		assertEquals("0 hosts", Quantities.count(0, "host"));
		assertEquals("1,200 VMs", Quantities.count(1200, "VM"));
		assertEquals("64 virtual processors", Quantities.count(64, "virtual processor", "virtual processors"));
	}
}
