package org.ddc.cli.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.ddc.model.DdcPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The documentation the metamodel (model/Ddc.ecore, shipped in org.ddc.model) gives its classes and features. The
 * generated package leaves these annotations out, so they are read from the .ecore file itself.
 */
final class ModelDocumentation {
	private static EPackage model;

	private ModelDocumentation() {
	}

	/** The documentation of a class or feature of the metamodel, or "" when it has none. */
	static String of(EModelElement element) {
		EModelElement source = switch (element) {
			case EClassifier classifier -> model().getEClassifier(classifier.getName());
			case EStructuralFeature feature -> model().getEClassifier(feature.getEContainingClass().getName())
					instanceof EClass owner ? owner.getEStructuralFeature(feature.getName()) : null;
			default -> null;
		};
		String text = source == null ? null : EcoreUtil.getDocumentation(source);
		return text == null ? "" : text.strip();
	}

	private static synchronized EPackage model() {
		if (model == null) {
			ResourceSetImpl resources = new ResourceSetImpl();
			resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
			Resource resource = resources.createResource(URI.createURI("ddc:/model/Ddc.ecore"));
			try (InputStream in = DdcPackage.class.getResourceAsStream("/model/Ddc.ecore")) {
				if (in == null) {
					throw new IllegalStateException("model/Ddc.ecore is missing from org.ddc.model");
				}
				resource.load(in, Map.of());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			model = (EPackage) resource.getContents().get(0);
		}
		return model;
	}
}
