package org.ddc.dsl.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddc.model.DdcModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The files of one design, parsed into one resource set so that names resolve across them.
 *
 * @param resourceSet the parsed files
 * @param files the .ddc files, in load order, with the path as the user wrote it
 * @param displayPaths for each resource, the path printed in findings
 * @param settings the project's rule settings ({@code ddc.properties}), possibly empty
 */
public record LoadedDesign(XtextResourceSet resourceSet, List<Path> files, Map<Resource, String> displayPaths,
		ProjectSettings settings) {

	/** The root of every file that parsed far enough to have one. */
	public List<DdcModel> models() {
		return resourceSet.getResources().stream()
				.filter(r -> !r.getContents().isEmpty() && r.getContents().get(0) instanceof DdcModel)
				.map(r -> (DdcModel) r.getContents().get(0))
				.toList();
	}

	/** The path to print for a resource. */
	public String displayPath(Resource resource) {
		return displayPaths.getOrDefault(resource, resource.getURI().toFileString());
	}
}
