package org.ddc.dsl;

import java.util.Map;

import org.ddc.model.DdcPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

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

	/**
	 * What the generated set-up does, without the injector it builds for the Terminals grammar: that set-up only
	 * registers the resource factories and the Xtext package below (its {@code register} is empty), and its injector,
	 * never used, is a fifth of the command line's start-up. The .ddc grammar reads the Terminals grammar through its
	 * own injector.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		Injector created = createInjector();
		register(created);
		return created;
	}
}
