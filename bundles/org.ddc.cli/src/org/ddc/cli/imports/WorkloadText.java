package org.ddc.cli.imports;

import java.util.List;

import org.ddc.dsl.load.DesignLoader;
import org.ddc.model.DdcFactory;
import org.ddc.model.DdcModel;
import org.ddc.model.Element;
import org.ddc.model.Workload;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Writes workload declarations as .ddc text with the language's own serializer and formatter (the layout of the
 * examples and of Format in the editor). The elements they refer to are placeholders in a second, unwritten resource,
 * so references are written by name as the language's scoping resolves them.
 */
final class WorkloadText {
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<DesignLoader> loaders;

	/**
	 * The text of the workloads.
	 *
	 * @param referenced the placeholders of the subnets, groups and isolation domains they name
	 */
	String of(List<Workload> workloads, List<? extends Element> referenced) {
		XtextResourceSet resourceSet = resourceSets.get();
		DdcModel others = DdcFactory.eINSTANCE.createDdcModel();
		others.getElements().addAll(referenced);
		resourceSet.createResource(URI.createURI("memory:/referenced.ddc")).getContents().add(others);
		DdcModel model = DdcFactory.eINSTANCE.createDdcModel();
		model.getElements().addAll(workloads);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/workloads.ddc"));
		resource.getContents().add(model);
		String text = serializer.serialize(model, SaveOptions.newBuilder().format().getOptions());
		checkParses(text);
		return text.endsWith("\n") ? text : text + "\n";
	}

	/** The text parses back without a syntax error (else it is ddc's defect, not the table's). */
	private void checkParses(String text) {
		for (Resource parsed : loaders.get().loadText(java.util.Map.of("workloads.ddc", text)).resourceSet()
				.getResources()) {
			if (parsed instanceof XtextResource xtext && xtext.getParseResult().hasSyntaxErrors()) {
				throw new IllegalStateException("the serialized workloads do not parse: " + parsed.getErrors());
			}
		}
	}
}
