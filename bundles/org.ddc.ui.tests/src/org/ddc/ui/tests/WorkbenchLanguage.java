package org.ddc.ui.tests;

import org.ddc.dsl.ide.DdcIdeSetup;
import org.ddc.ui.DdcUiPlugin;

/**
 * Tests that run the command line in-process (builder vs CLI, generated designs) call its standalone setup, which
 * registers its own injector's resource factory for .ddc globally; the live designs then parse with a grammar
 * instance other than the workbench's, and grammar-driven services (content assist, formatter) no longer match
 * the node model. Tests of those services register the workbench's language again first.
 */
final class WorkbenchLanguage {
	private WorkbenchLanguage() {
	}

	static void register() {
		new DdcIdeSetup().register(DdcUiPlugin.getDefault().injector());
	}
}
