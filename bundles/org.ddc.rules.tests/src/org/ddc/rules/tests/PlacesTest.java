package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ddc.rules.Catalog;
import org.ddc.rules.Citation;
import org.ddc.rules.Places;
import org.ddc.rules.Places.Place;
import org.ddc.rules.RuleInfo;
import org.ddc.rules.limits.ScaleLimits;
import org.junit.jupiter.api.Test;

/** Citations name the place a reader finds in the document: the guide's Step and Task, a section of the others. */
class PlacesTest {
	private final Places places = Places.load();

	@Test
	void guideLines_mapToTheirStepAndTask_checkedByHandAgainstTheGuide() {
		// L183 "Dedicate at least one network adapter on each host server for guest virtual machine network I/O",
		// under "Task 3: Determine Host Network Connectivity Requirements" (L169) of Step 2 (L146)
		assertEquals("Dynamic Datacenter guide, Step 2, Task 3", places.name("000", 183));
		// L123 "This option requires that at least one additional physical host be added": Option 3 of Step 1, Task 2
		assertEquals("Dynamic Datacenter guide, Step 1, Task 2", places.name("000", 123));
		// L105 "Is the list of applications complete?", after "Validating with the Business" (L103) in Step 1, Task 1
		assertEquals("Dynamic Datacenter guide, Step 1, Task 1, Validating with the Business", places.name("000", 105));
		// L356 "Remote Desktop Connection Broker…": the VDI roles under "Additional Considerations" (L351) of Step 3
		assertEquals("Dynamic Datacenter guide, Step 3, Additional Considerations", places.name("000", 356));
		// L260, the VMM limits, in "Task 4: Design the Virtual Machine Management Infrastructure" (L251)
		assertEquals("Dynamic Datacenter guide, Step 3, Task 4", places.name("000", 260));
		// L604 "Requirement for fault tolerance", a row of Table A-1 (caption L536, table L537)
		assertEquals("Dynamic Datacenter guide, Appendix A, Table A-1", places.name("000", 604));
		// L724 "4 HBAs connected to SAN-DDC-SW1", a sample cell of Table A-3 (L672)
		assertEquals("Dynamic Datacenter guide, Appendix A, Table A-3", places.name("000", 724));
		// L38 "single location for a single company", under "Assumptions" (L36)
		assertEquals("Dynamic Datacenter guide, Introduction, Assumptions", places.name("000", 38));
	}

	@Test
	void otherSeeds_nameTheirDocumentAndSection() {
		// 001 L188, the logical-processor row of Table 1 under "## Scalability, Performance & Density" (L173)
		assertEquals("Windows Server 2012 R2 virtualization overview, Scalability, Performance & Density",
				places.name("001", 188));
		// 001 L1887 "To increase reliability … built-in NIC Teaming", under "### NIC Teaming" (L1883)
		assertEquals("Windows Server 2012 R2 virtualization overview, High Availability & Resiliency, NIC Teaming",
				places.name("001", 1887));
		// 004 L50 "a dedicated network for the live migration traffic", in the live-migration "Requirements" (L41)
		assertEquals("Windows Server 2008 R2 Hyper-V overview, Live Migration, Requirements", places.name("004", 50));
		assertEquals("Windows Server 2012 R2: Server Virtualization Technical Overview",
				places.document("001").title());
	}

	@Test
	void citations_readWithPlaceTitleAndSeedLine() {
		Citation citation = new Citation("000", 477, "");
		assertEquals("Dynamic Datacenter guide, Step 5, Task 1", citation.place());
		assertEquals("Dynamic Datacenter guide, Step 5, Task 1: Design Network Switches (seed 000 L477)",
				citation.describe());
		assertEquals("Dynamic Datacenter guide, Step 5, Task 1, seed 000 L477", citation.inline());
		// a title that only repeats the name is not repeated
		assertEquals("Dynamic Datacenter guide, Step 1, Task 1, Validating with the Business (seed 000 L105)",
				new Citation("000", 105, "").describe());
		assertEquals("Dynamic Datacenter guide, Step 2: Design the Virtualization Hosts (seed 000 L148)",
				new Citation("000", 148, "").describe());
		// a document the catalog does not name is still cited by seed
		assertEquals("seed 003, seed 003 L12", new Citation("003", 12, "").inline());
	}

	@Test
	void everyRuleAndLimitCitation_resolvesToANamedPlace() {
		List<String> unplaced = new ArrayList<>();
		for (RuleInfo rule : Catalog.load().all()) {
			check(rule.id(), rule.citation(), unplaced);
		}
		for (ScaleLimits.Limit limit : ScaleLimits.load().all()) {
			check(limit.key(), limit.citation(), unplaced);
		}
		assertEquals(List.of(), unplaced, "add the section to catalog/places.tsv");
	}

	@Test
	void rangesOfOneDocument_nestOrAreDisjoint_soTheNarrowestIsUnambiguous() {
		List<Place> all = places.all();
		for (Place a : all) {
			assertTrue(a.from() <= a.to(), a.toString());
			assertNotNull(places.document(a.seed()), "no document for " + a);
			for (Place b : all) {
				if (a == b || !a.seed().equals(b.seed())) {
					continue;
				}
				boolean disjoint = a.to() < b.from() || b.to() < a.from();
				boolean nested = a.from() >= b.from() && a.to() <= b.to() || b.from() >= a.from() && b.to() <= a.to();
				boolean same = a.from() == b.from() && a.to() == b.to();
				assertTrue((disjoint || nested) && !same, a + " and " + b);
			}
		}
	}

	private void check(String id, Citation citation, List<String> unplaced) {
		if (places.document(citation.seed()) == null || places.at(citation.seed(), citation.line()) == null) {
			unplaced.add(id + " " + citation.reference());
		}
	}
}
