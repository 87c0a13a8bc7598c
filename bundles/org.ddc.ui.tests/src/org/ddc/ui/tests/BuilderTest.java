package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.cli.DdcCommand;
import org.ddc.ui.builder.Markers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The builder reports exactly what {@code ddc validate} reports, finding by finding, and follows changes. */
class BuilderTest {

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@ParameterizedTest(name = "examples/{0}: builder markers = ddc validate findings")
	@ValueSource(strings = { "broken", "contoso", "ipd-sample" })
	void builderMarkers_areTheFindingsOfTheCommandLine_oneByOne(String example) throws Exception {
		IProject project = Workbench.examples("examples-" + example);
		Workbench.build();
		IFile file = project.getFile(example + "/" + example + ".ddc");
		List<String> markers = new ArrayList<>();
		for (IMarker marker : Workbench.markers(file)) {
			markers.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + severity(marker) + " "
					+ marker.getAttribute(IMarker.MESSAGE, ""));
		}
		markers.sort(null);

		StringWriter out = new StringWriter();
		DdcCommand.execute(new String[] { "validate", "--format", "json", file.getLocation().toOSString() },
				new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
		List<String> cli = new ArrayList<>();
		for (JsonElement element : JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings")) {
			JsonObject finding = element.getAsJsonObject();
			if (!finding.has("suppressed")) {
				cli.add(finding.get("line").getAsInt() + " " + finding.get("severity").getAsString() + " ["
						+ finding.get("id").getAsString() + "] " + finding.get("message").getAsString());
			}
		}
		cli.sort(null);
		assertEquals(cli, markers);
		if (example.equals("broken")) {
			assertTrue(markers.size() > 50, "broken.ddc has many findings: " + markers.size());
		}
	}

	@Test
	void savingAFile_updatesTheMarkersOfEveryFileOfItsDesign() throws CoreException {
		IProject project = Workbench.project("cross-file", Map.of(
				"design.ddc", "design D { platform hyperv-2012-r2 }\n",
				"net.ddc", "subnet NET-A { cidr \"10.0.0.0/24\" switches SW-1 }\n",
				"switches.ddc", "switch SW-1 { ports 24 }\n"));
		Workbench.build();
		IFile net = project.getFile("net.ddc");
		assertEquals(List.of(), unresolved(net));
		Workbench.write(project.getFile("switches.ddc"), "switch SW-2 { ports 24 }\n");
		Workbench.build();
		assertEquals(List.of("1 [DDC-UNRESOLVED] unknown switch 'SW-1' (did you mean 'SW-2'?)"), unresolved(net));
		Workbench.write(project.getFile("switches.ddc"), "switch SW-1 { ports 24 }\n");
		Workbench.build();
		assertEquals(List.of(), unresolved(net));
	}

	@Test
	void aSettingsFile_makesAFolderADesignOfItsOwn() throws CoreException {
		IProject project = Workbench.project("nested", Map.of(
				"design.ddc", "design D { platform hyperv-2012-r2 }\nswitch SW-1 { ports 24 }\n",
				"lab/lab.ddc", "design L { platform hyperv-2012-r2 }\nsubnet NET-A { cidr \"10.0.0.0/24\" switches SW-1 }\n"));
		Workbench.build();
		IFile lab = project.getFile("lab/lab.ddc");
		assertEquals(List.of(), unresolved(lab), "without a settings file the project is one design");
		Workbench.write(project.getFile("lab/ddc.properties"), "# the lab is a design of its own\n");
		Workbench.build();
		assertEquals(List.of("2 [DDC-UNRESOLVED] unknown switch 'SW-1': declare it with 'switch SW-1' or correct the name"),
				unresolved(lab));
	}

	@Test
	void convertToDdcProject_addsTheNature_andTheBuilderMarksTheFiles() throws Exception {
		IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("plain");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Workbench.write(project.getFile("d.ddc"), "switch SW-1 { partner CORE-9 }\n");
		Workbench.build();
		assertEquals(List.of(), Workbench.markers(project), "no markers without the nature");

		org.eclipse.ui.handlers.IHandlerService handlers = org.eclipse.ui.PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);
		org.eclipse.core.expressions.IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(org.eclipse.ui.ISources.ACTIVE_CURRENT_SELECTION_NAME,
				new org.eclipse.jface.viewers.StructuredSelection(project));
		org.eclipse.core.commands.ParameterizedCommand command = org.eclipse.ui.PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.commands.ICommandService.class)
				.deserialize("org.ddc.ui.convertToDdcProject");
		handlers.executeCommandInContext(command, null, context);
		Workbench.build();
		assertTrue(project.hasNature(org.ddc.ui.builder.DdcNature.ID));
		assertEquals(List.of("1 [DDC-UNRESOLVED] unknown switch 'CORE-9': declare it with 'switch CORE-9' or correct the name"),
				unresolved(project.getFile("d.ddc")));
	}

	private static List<String> unresolved(IFile file) throws CoreException {
		List<String> found = new ArrayList<>();
		for (IMarker marker : Workbench.markers(file)) {
			if ("DDC-UNRESOLVED".equals(marker.getAttribute(Markers.RULE_ID, ""))) {
				found.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return found;
	}

	private static String severity(IMarker marker) {
		return switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
			case IMarker.SEVERITY_ERROR -> "error";
			case IMarker.SEVERITY_WARNING -> "warning";
			default -> "info";
		};
	}
}
