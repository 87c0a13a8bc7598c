package org.ddc.dsl;

import org.ddc.model.DdcPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Sets the .ddc language up without an OSGi runtime (command line, tests, benchmarks). */
public class DdcStandaloneSetup extends DdcStandaloneSetupGenerated {
	private static Injector injector;

	public static void doSetup() {
		injector();
	}

	/** The language's injector, created once per JVM. */
	public static synchronized Injector injector() {
		if (injector == null) {
			EPackage.Registry.INSTANCE.put(DdcPackage.eNS_URI, DdcPackage.eINSTANCE);
			injector = new DdcStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
