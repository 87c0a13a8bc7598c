package org.ddc.ui;

import org.ddc.dsl.ide.DdcIdeSetup;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/** The ddc plug-in: holds the language's injector (runtime + IDE-neutral services) for the workbench. */
public class DdcUiPlugin extends AbstractUIPlugin {
	public static final String ID = "org.ddc.ui";
	private static DdcUiPlugin instance;
	private Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static DdcUiPlugin getDefault() {
		return instance;
	}

	/** The injector of the .ddc language with its IDE services, created on first use. */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new DdcIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static void log(String message, Throwable error) {
		ILog.of(DdcUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
