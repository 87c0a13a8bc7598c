package org.ddc.generate;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.model.DdcModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Injector;

/** Turns a design model into formatted .ddc text with Xtext's serializer and the language's formatter. */
public final class DesignText {

	private DesignText() {
	}

	public static String of(DdcModel model) {
		Injector injector = DdcStandaloneSetup.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("synthetic:/design.ddc"));
		resource.getContents().add(model);
		return injector.getInstance(ISerializer.class).serialize(model, SaveOptions.newBuilder().format().getOptions());
	}
}
