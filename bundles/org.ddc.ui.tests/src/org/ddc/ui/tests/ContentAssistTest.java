package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.assist.DdcContentAssistProcessor;
import org.ddc.ui.assist.EntryProposal;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.templates.DdcTemplates;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+Space in the .ddc editor: keywords, enumeration values, units, names from every file, templates. */
class ContentAssistTest {

	private static final String MAIN = """
			design D {
				platform\s
			}
			workload W-1 {
				memory 4\s
				group\s
				subnets NET-1
			}

			""";
	private static final String OTHER = """
			workload-group GRP-ELSEWHERE {
			}
			subnet NET-1 {
			}
			""";
	/** Every top-level element of the language. */
	private static final Set<String> ELEMENTS = new TreeSet<>(List.of("design", "isolation-domain", "workload",
			"workload-group", "host-design", "management-server", "vmm-instance", "opsmgr-group", "configmgr-site",
			"storage-system", "storage-switch", "backup-plan", "subnet", "switch", "load-balancer", "firewall", "rack",
			"power-feed"));

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	private static DdcEditor editor() throws Exception {
		IProject project = Workbench.project("assist", Map.of("main.ddc", MAIN, "other.ddc", OTHER));
		return Workbench.open(project.getFile("main.ddc"));
	}

	private static int after(DdcEditor editor, String text) {
		return editor.document().get().indexOf(text) + text.length();
	}

	private static List<EntryProposal> entries(List<ICompletionProposal> proposals) {
		return proposals.stream().filter(EntryProposal.class::isInstance).map(EntryProposal.class::cast).toList();
	}

	private static Set<String> texts(List<ICompletionProposal> proposals) {
		return entries(proposals).stream().map(EntryProposal::proposal).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void enumerationValuesAfterAnAttribute_withADescription() throws Exception {
		DdcEditor editor = editor();
		List<EntryProposal> proposals = entries(new DdcContentAssistProcessor(editor).proposals(after(editor, "platform "), false));
		assertEquals(Set.of("hyperv-2008-r2", "hyperv-2012", "hyperv-2012-r2"),
				proposals.stream().map(EntryProposal::proposal).collect(Collectors.toSet()));
		assertTrue(proposals.stream().allMatch(p -> "platform version".equals(p.description())), proposals::toString);
	}

	@Test
	void unitsAfterANumber_areTheUnitsOfTheAttributesQuantity_andApplyingOneCompletesTheValue() throws Exception {
		DdcEditor editor = editor();
		DdcContentAssistProcessor processor = new DdcContentAssistProcessor(editor);
		int offset = after(editor, "memory 4 ");
		List<EntryProposal> units = entries(processor.proposals(offset, true));
		assertEquals(List.of("KB", "MB", "GB", "TB"), units.stream().map(EntryProposal::proposal).toList(),
				"auto-activated after a number: only the data-size units, no keywords");
		assertTrue(units.get(0).description().contains("data size"));

		units.get(2).apply(editor.document());
		assertTrue(editor.document().get().contains("memory 4 GB\n"), editor.document().get());

		// a unit begun after the number is completed, the number kept
		editor.document().replace(after(editor, "memory 4 G"), 1, "");
		List<EntryProposal> started = entries(processor.proposals(after(editor, "memory 4 G"), false));
		assertEquals(List.of("4 GB"), started.stream().filter(p -> ContentAssistEntry.KIND_UNIT.equals(p.kind())).map(EntryProposal::proposal).toList());
	}

	@Test
	void namesDeclaredInAnotherFileOfTheDesign_areProposedWithTheirKindAndFile() throws Exception {
		DdcEditor editor = editor();
		List<EntryProposal> proposals = entries(new DdcContentAssistProcessor(editor).proposals(after(editor, "group "), true));
		EntryProposal group = proposals.stream().filter(p -> p.proposal().equals("GRP-ELSEWHERE")).findFirst().orElseThrow(
				() -> new AssertionError("GRP-ELSEWHERE not proposed: " + proposals));
		assertEquals("workload group in other.ddc", group.description());
		assertFalse(texts(new DdcContentAssistProcessor(editor).proposals(after(editor, "group "), true)).contains("NET-1"),
				"a subnet is no workload group");
	}

	@Test
	void atTopLevel_keywordsAndATemplateForEveryElement_butNotWhenAutoActivated() throws Exception {
		DdcEditor editor = editor();
		DdcContentAssistProcessor processor = new DdcContentAssistProcessor(editor);
		int end = editor.document().getLength();
		List<ICompletionProposal> proposals = processor.proposals(end, false);
		assertTrue(texts(proposals).containsAll(ELEMENTS), texts(proposals)::toString);
		Set<String> templates = proposals.stream().filter(TemplateProposal.class::isInstance)
				.map(p -> ((TemplateProposal) p).getDisplayString().split(" ")[0])
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(ELEMENTS, templates);
		assertTrue(processor.proposals(end, true).isEmpty(), "auto-activation offers no keywords or templates");

		TemplateProposal rack = proposals.stream().filter(TemplateProposal.class::isInstance)
				.map(TemplateProposal.class::cast).filter(p -> p.getDisplayString().startsWith("rack")).findFirst()
				.orElseThrow();
		rack.apply(editor.viewer(), '\0', 0, end);
		Workbench.settle();
		assertTrue(editor.document().get().contains("rack name {\n\theight 42 U"), editor.document().get());
	}

	@Test
	void everyTemplateInsertedWithItsDefaults_parsesWithoutSyntaxErrors() throws Exception {
		List<Template> templates = DdcTemplates.get().topLevel();
		assertEquals(ELEMENTS, templates.stream().map(Template::getName).collect(Collectors.toCollection(TreeSet::new)));
		for (Template template : templates) {
			String prefix = "design D { platform hyperv-2012-r2 }\n";
			Document document = new Document(prefix);
			DocumentTemplateContext context = new DocumentTemplateContext(DdcTemplates.get().contextType(), document,
					prefix.length(), 0);
			String text = prefix + context.evaluate(template).getString() + "\n";
			XtextResourceSet resources = DdcUiPlugin.getDefault().injector().getInstance(XtextResourceSet.class);
			XtextResource resource = (XtextResource) resources.createResource(URI.createURI("t.ddc"));
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			assertTrue(resource.getErrors().isEmpty(), () -> template.getName() + ": " + resource.getErrors() + "\n" + text);
			assertTrue(text.contains(template.getName() + " name {"), text);
		}
	}
}
