package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.search.ReferenceSite;
import org.ddc.ui.search.ReferencesPage;
import org.ddc.ui.search.ReferencesQuery;
import org.ddc.ui.search.ReferencesResult;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Find references lists every reference of the design, in every file, in the Search view. */
class NavReferencesTest {
	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void referencesToASwitch_areFoundInTwoOtherFiles_andShownInTheSearchView() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-references");
		DdcEditor switches = Workbench.open(project.getFile("switches.ddc"));
		NavFixtures.indexed(switches);
		ReferencesQuery query = new ReferencesQuery(switches.liveDesign(), switches.filePath(),
				switches.document().get().indexOf("SW-1") + 1);

		IStatus status = NewSearchUI.runQueryInForeground(PlatformUI.getWorkbench().getProgressService(), query);

		assertTrue(status.isOK(), status::toString);
		ReferencesResult result = (ReferencesResult) query.getSearchResult();
		Set<String> found = new TreeSet<>();
		for (Object element : result.getElements()) {
			ReferenceSite site = (ReferenceSite) element;
			for (Match match : result.getMatches(element)) {
				found.add(site.file().getName() + ":" + site.line() + ":" + match.getOffset());
			}
		}
		String net = NavFixtures.NET;
		assertEquals(new TreeSet<>(Set.of("net.ddc:3:" + NavFixtures.nth(net, "SW-1", 0),
				"net.ddc:7:" + NavFixtures.nth(net, "SW-1", 1),
				"net-c.ddc:3:" + NavFixtures.NET_C.indexOf("SW-1"))), found);
		assertTrue(result.getLabel().contains("switch SW-1") && result.getLabel().contains("3 references"),
				result.getLabel());

		Workbench.settle();
		assertTrue(NewSearchUI.getSearchResultView().getActivePage() instanceof ReferencesPage,
				String.valueOf(NewSearchUI.getSearchResultView().getActivePage()));
	}

	@Test
	void aQueryOnAKeyword_findsNothingAndSaysWhy() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-references-none");
		DdcEditor net = Workbench.open(project.getFile("net.ddc"));
		NavFixtures.indexed(net);
		ReferencesQuery query = new ReferencesQuery(net.liveDesign(), net.filePath(),
				net.document().get().indexOf("cidr"));
		IStatus status = query.run(new NullProgressMonitor());
		assertEquals(IStatus.INFO, status.getSeverity());
		assertEquals(0, ((ReferencesResult) query.getSearchResult()).getMatchCount());
	}
}
