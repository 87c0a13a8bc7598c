package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ddc.ui.builder.DdcNature;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.commands.ValidateDesignJob;
import org.ddc.ui.design.WorkspaceDesigns;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** Validate Design: the full check of the designs under a selection, in a cancellable job. */
class ValidateDesignTest {
	private static final String UNRESOLVED = "design D { platform hyperv-2012-r2 }\nsubnet NET-A { switches SW-9 }\n";

	/** A project without the ddc nature, holding two designs (folders a and b). */
	private static IProject plainProject(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String design : List.of("a", "b")) {
			Workbench.write(project.getFile(design + "/ddc.properties"), "# design " + design + "\n");
			Workbench.write(project.getFile(design + "/" + design + ".ddc"), UNRESOLVED);
		}
		return project;
	}

	private static boolean unresolvedMarked(IProject project, String design) throws Exception {
		return Workbench.markers(project.getFile(design + "/" + design + ".ddc")).stream()
				.anyMatch(m -> "DDC-UNRESOLVED".equals(m.getAttribute(Markers.RULE_ID, ""))
						&& m.getAttribute(IMarker.LINE_NUMBER, 0) == 2);
	}

	@Test
	void aProjectWithoutTheNature_getsTheMarkersOfEveryDesignInIt() throws Exception {
		IProject project = plainProject("validate-plain");
		assertFalse(project.hasNature(DdcNature.ID));
		Workbench.settle();
		assertTrue(Workbench.markers(project).isEmpty(), "no builder: no markers before the command");

		List<Path> roots = ValidateDesignJob.rootsUnder(List.of(project));
		assertEquals(List.of(WorkspaceDesigns.path(project.getLocation()), root(project, "a"), root(project, "b")), roots);
		ValidateDesignJob job = new ValidateDesignJob(roots);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity());
		assertTrue(unresolvedMarked(project, "a"));
		assertTrue(unresolvedMarked(project, "b"));
	}

	@Test
	void aFolderSelection_validatesTheDesignsInThatFolderOnly() throws Exception {
		IProject project = plainProject("validate-folder");
		assertEquals(List.of(root(project, "b")), ValidateDesignJob.rootsUnder(List.of(project.getFolder("b"))));
	}

	@Test
	void cancelling_stopsBetweenDesigns() throws Exception {
		IProject project = plainProject("validate-cancel");
		ValidateDesignJob job = new ValidateDesignJob(List.of(root(project, "a"), root(project, "b")));
		/** Cancels once the first design is done, as a user pressing the stop button would. */
		NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				setCanceled(true);
			}

			@Override
			public void internalWorked(double work) {
				setCanceled(true);
			}
		};
		IStatus status = job.run(cancelAfterFirst);
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertTrue(unresolvedMarked(project, "a"), "the first design was validated");
		assertFalse(unresolvedMarked(project, "b"), "the second was not started");
	}

	private static Path root(IProject project, String folder) {
		return WorkspaceDesigns.path(project.getFolder(folder).getLocation());
	}
}
