package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.injector;
import static org.ddc.dsl.tests.DdcTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;

import org.ddc.dsl.fix.FixEdits;
import org.ddc.dsl.fix.TextEdit;
import org.ddc.model.DdcModel;
import org.ddc.model.Design;
import org.ddc.model.Element;
import org.ddc.model.HostDesign;
import org.ddc.rules.Fix;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Attribute-level fix data turned into text edits, checked against hand-written results. */
class FixEditsTest {

	/** Applies the fix to the element the function picks from the first element of the file. */
	static String apply(String text, Function<Element, EObject> target, Fix fix) {
		DdcModel model = (DdcModel) load(text).displayPaths().keySet().iterator().next().getContents().get(0);
		return TextEdit.apply(text, injector().getInstance(FixEdits.class).edits(target.apply(model.getElements().get(0)), fix));
	}

	static String apply(String text, Fix fix) {
		return apply(text, element -> element, fix);
	}

	@Test
	void set_replacesTheValueOnly_keepingTheComment() {
		assertEquals("""
				host-design HD-1 {
					quantity 6 // one per rack
					memory 256 GB
				}
				""", apply("""
				host-design HD-1 {
					quantity 4 // one per rack
					memory 256 GB
				}
				""", Fix.set("quantity", "6", "")));
	}

	@Test
	void set_missingAttribute_becomesALineBeforeTheClosingBrace() {
		assertEquals("""
				host-design HD-1 {
					memory 256 GB // per host
					quantity 6
				}
				""", apply("""
				host-design HD-1 {
					memory 256 GB // per host
				}
				""", Fix.set("quantity", "6", "")));
	}

	@Test
	void set_inAOneLineBlock_staysOnTheLine() {
		assertEquals("switch SW-1 { ports 48 managed yes }\n",
				apply("switch SW-1 { ports 48 }\n", Fix.set("managed", "yes", "")));
	}

	@Test
	void set_inAnEmptyBlock_indentsOneLevelBelowTheElement() {
		assertEquals("switch SW-1 {\n\tmanaged yes\n}\n", apply("switch SW-1 {\n}\n", Fix.set("managed", "yes", "")));
	}

	@Test
	void add_appendsToTheList() {
		assertEquals("switch SW-1 {\n\tcapabilities snmp, ieee-802.1q // core\n}\n",
				apply("switch SW-1 {\n\tcapabilities snmp // core\n}\n", Fix.add("capabilities", "ieee-802.1q", "")));
	}

	@Test
	void add_missingListAttributeOfAFragment_becomesALine() {
		assertEquals("storage-system SAN-1 {\n\ttype san\n\tfeatures redundant-fans\n}\n",
				apply("storage-system SAN-1 {\n\ttype san\n}\n", Fix.add("features", "redundant-fans", "")));
	}

	@Test
	void flagOfAOneLineElement_isInsertedAtItsPlaceInTheGrammar() {
		String text = """
				host-design HD-1 {
					adapter NIC-1 ports 2 purpose guest-traffic {
						port 1 switch SW-1
					}
				}
				""";
		assertEquals("""
				host-design HD-1 {
					adapter NIC-1 ports 2 purpose guest-traffic vlan-tagging {
						port 1 switch SW-1
					}
				}
				""", apply(text, element -> ((HostDesign) element).getAdapters().get(0), Fix.add("vlan-tagging", "", "")));
	}

	@Test
	void nestedElementStartingWithTheAttribute_isWrittenWhole() {
		assertEquals("host-design HD-1 {\n\tmemory 256 GB\n\tpower-supplies 2 redundant\n}\n",
				apply("host-design HD-1 {\n\tmemory 256 GB\n}\n", Fix.set("power-supplies", "2 redundant", "")));
	}

	@Test
	void nestedElement_hasItsValueReplaced_keepingItsOtherClauses() {
		assertEquals("host-design HD-1 { power-supplies 2 redundant feeds A }\n",
				apply("host-design HD-1 { power-supplies 1 feeds A }\n", Fix.set("power-supplies", "2 redundant", "")));
	}

	@Test
	void listOfANestedElement_isReplacedWhole_orInsertedInGrammarOrder() {
		assertEquals("host-design HD-1 { power-supplies 2 redundant feeds A, B }\n",
				apply("host-design HD-1 { power-supplies 2 redundant feeds A, A }\n", Fix.set("feeds", "A, B", "")));
		assertEquals("host-design HD-1 { power-supplies 2 redundant rating 750 W feeds A, B memory 4 GB }\n",
				apply("host-design HD-1 { power-supplies 2 redundant rating 750 W memory 4 GB }\n",
						element -> ((HostDesign) element).getPowerSupplies(), Fix.set("feeds", "A, B", "")));
	}

	@Test
	void attributeOfANestedBlock_isWrittenInThatBlock() {
		assertEquals("""
				design D {
					policy {
						growth 15 %
						peak-buffer 20 %
					}
				}
				""", apply("""
				design D {
					policy {
						growth 15 %
					}
				}
				""", Fix.set("peak-buffer", "20 %", "")));
	}

	@Test
	void syntaxKeywordsBeforeTheValue_stay() {
		assertEquals("design D { policy { failover-reserve N + 2 } }\n",
				apply("design D { policy { failover-reserve N + 1 } }\n", element -> ((Design) element).getPolicy(),
						Fix.set("failover-reserve", "2", "")));
	}

	@Test
	void flagAlreadyWritten_needsNoEdit() {
		assertEquals("workload W { estimated }\n", apply("workload W { estimated }\n", Fix.add("estimated", "", "")));
	}
}
