package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddc.rules.Catalog;
import org.ddc.rules.RuleInfo;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.FindingAnnotation;
import org.ddc.ui.hover.DdcAnnotationHover;
import org.ddc.ui.hover.DdcTextHover;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hovers over findings (text and ruler) and over names. */
class NavHoverTest {
	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void hoverOverAFinding_showsMessageRuleTitleSeverityCitationAndQuote() throws Exception {
		IProject project = Workbench.examples("nav-hover-broken");
		DdcEditor editor = Workbench.open(project.getFile("broken/broken.ddc"));
		Workbench.waitUntil("IPD-1-09 is shown", () -> finding(editor, "IPD-1-09") != null);
		FindingAnnotation annotation = finding(editor, "IPD-1-09");
		Position position = editor.annotationModel().getPosition(annotation);
		DdcTextHover hover = new DdcTextHover(editor);

		IRegion region = hover.getHoverRegion(editor.viewer(), position.getOffset() + 1);
		String text = (String) hover.getHoverInfo2(editor.viewer(), region);

		RuleInfo rule = Catalog.load().get("IPD-1-09");
		assertTrue(text.contains("[IPD-1-09]"), text);
		assertTrue(text.contains(annotation.finding().message()), text);
		assertTrue(text.contains(rule.title()), text);
		assertTrue(text.contains(rule.citation().reference()), text);
		assertTrue(text.contains(rule.citation().quote().substring(0, 20)), text);
		assertTrue(text.startsWith("<b>" + annotation.finding().severity().label()), text);

		int line = editor.document().getLineOfOffset(position.getOffset());
		String ruler = new DdcAnnotationHover().getHoverInfo(editor.viewer(), line);
		assertTrue(ruler.contains("[IPD-1-09]") && ruler.contains(rule.citation().reference()), ruler);
	}

	@Test
	void hoverOverAReference_showsTheDeclarationsKindNameFileLineAndSource() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-hover-ref");
		DdcEditor net = Workbench.open(project.getFile("net.ddc"));
		NavFixtures.indexed(net);
		int reference = NavFixtures.nth(net.document().get(), "SW-1", 0);
		DdcTextHover hover = new DdcTextHover(net);

		IRegion region = hover.getHoverRegion(net.viewer(), reference + 2);
		assertEquals(reference, region.getOffset());
		assertEquals(4, region.getLength());
		String text = (String) hover.getHoverInfo2(net.viewer(), region);

		assertNotNull(text);
		assertTrue(text.contains("switch SW-1"), text);
		assertTrue(text.contains("switches.ddc:1"), text);
		assertTrue(text.contains("ports 24") && text.contains("managed yes"), text);
		assertNull(hover.declarationAt(net.document().get().indexOf("cidr")), "no hover on a keyword");
	}

	@Test
	void hoverOverAHostDesignOrGroup_showsDemandAgainstCapacityAfterNPlusOne() throws Exception {
		IProject project = Workbench.examples("nav-hover-sizing");
		DdcEditor editor = Workbench.open(project.getFile("contoso/contoso.ddc"));
		Workbench.waitUntil("the design is checked", () -> !Workbench.annotations(editor).isEmpty());
		DdcTextHover hover = new DdcTextHover(editor);
		String text = editor.document().get();

		// contoso's comment at GRP-WEBAPP works it out: 1,536 GB and 354 % need, 7 x 252 GB = 1,764 GB and 700 % left
		// after N+1 — 228 GB and 346 % to spare
		String host = hover.declarationAt(text.indexOf("host-design HD-WEBAPP") + "host-design ".length() + 2);
		assertNotNull(host);
		assertTrue(host.contains("8 hosts declared, 8 needed; fits"), host);
		assertTrue(host.contains("cluster <b>CON-CL-WEBAPP</b>: 8 hosts, N+1 (policy), 133 VMs; survives any host "
				+ "failure"), host);
		assertTrue(host.contains("memory 228 GB free of 1.7 TB (12.9 %)"), host);
		assertTrue(host.contains("CPU 346 % free of 700 % (49.4 %)"), host);

		String group = hover.declarationAt(text.indexOf("workload-group GRP-DATA") + "workload-group ".length() + 2);
		assertNotNull(group);
		// GRP-DATA: 832 GB and 108 % x 1.5
		assertTrue(group.contains("12 VMs, memory 1.2 TB, CPU 162 % of the reference CPU"), group);
		assertTrue(group.contains("memory 276 GB free of 1.5 TB (18.1 %)"), group);
	}

	private static FindingAnnotation finding(DdcEditor editor, String code) {
		return Workbench.annotations(editor).stream().filter(a -> a.finding().code().equals(code)).findFirst()
				.orElse(null);
	}
}
