package org.ddc.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.validation.RuleSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses the .ddc files of one design into one resource set. Nothing is ever written back to the files. */
public class DesignLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	/** Loads files and folders (see {@link DesignFiles#collect}). */
	public LoadedDesign load(List<Path> inputs) throws DesignInputException {
		List<Path> files = DesignFiles.collect(inputs);
		ProjectSettings settings = ProjectSettings.find(inputs);
		XtextResourceSet resourceSet = resourceSetProvider.get();
		RuleSettings.attach(resourceSet, settings.levels());
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		Map<Resource, String> displayPaths = new LinkedHashMap<>();
		for (Path file : files) {
			byte[] content = SourceText.read(file, file.toString()).getBytes(StandardCharsets.UTF_8);
			Resource resource = parse(resourceSet, URI.createFileURI(file.toAbsolutePath().toString()), content);
			displayPaths.put(resource, file.toString());
		}
		return new LoadedDesign(resourceSet, files, displayPaths, settings);
	}

	/** Parses text that does not come from a file (tests, generated designs); the name is used in findings. */
	public LoadedDesign loadText(Map<String, String> textsByName) {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		Map<Resource, String> displayPaths = new LinkedHashMap<>();
		for (Map.Entry<String, String> text : textsByName.entrySet()) {
			Resource resource = parse(resourceSet, URI.createFileURI("/" + text.getKey()),
					text.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			displayPaths.put(resource, text.getKey());
		}
		return new LoadedDesign(resourceSet, List.of(), displayPaths, new ProjectSettings(null, Map.of(), Map.of()));
	}

	private static Resource parse(XtextResourceSet resourceSet, URI uri, byte[] content) {
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("in-memory read failed", e);
		}
		return resource;
	}
}
