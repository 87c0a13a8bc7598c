package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class WorkbenchSmokeTest {
	@Test
	void workbenchRuns() {
		assertNotNull(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}
}
