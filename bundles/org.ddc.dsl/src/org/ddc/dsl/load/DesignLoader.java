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
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses the .ddc files of one design into one resource set. Nothing is ever written back to the files. */
public class DesignLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	/**
	 * This language's own resource factory: resources are never created through the global registry, where another
	 * setup of the language in the same JVM (the command line inside Eclipse, say) may have put its own.
	 */
	@Inject
	private IResourceFactory resourceFactory;

	/** Loads files and folders as one design (see {@link DesignFiles#collect}); settings from the first input up. */
	public LoadedDesign load(List<Path> inputs) throws DesignInputException {
		return load(DesignFiles.collect(inputs), ProjectSettings.find(inputs), Map.of());
	}

	/**
	 * Loads one design (see {@link DesignScope}): its files from disk, except those whose current text is given
	 * (the unsaved text of open editors, by absolute normalised path), which are parsed from that text. Findings
	 * name each file by the path the scope holds.
	 */
	public LoadedDesign load(DesignScope scope, Map<Path, String> unsavedTexts) throws DesignInputException {
		ProjectSettings settings = scope.settingsFile() != null ? ProjectSettings.read(scope.settingsFile())
				: new ProjectSettings(null, Map.of(), Map.of());
		return load(scope.files(), settings, unsavedTexts);
	}

	private LoadedDesign load(List<Path> files, ProjectSettings settings, Map<Path, String> unsavedTexts)
			throws DesignInputException {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		RuleSettings.attach(resourceSet, settings.levels());
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		Map<Resource, String> displayPaths = new LinkedHashMap<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			String unsaved = unsavedTexts.get(absolute);
			String text = unsaved != null ? unsaved : SourceText.read(file, file.toString());
			Resource resource = parse(resourceSet, URI.createFileURI(absolute.toString()),
					text.getBytes(StandardCharsets.UTF_8));
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
					text.getValue().getBytes(StandardCharsets.UTF_8));
			displayPaths.put(resource, text.getKey());
		}
		return new LoadedDesign(resourceSet, List.of(), displayPaths, new ProjectSettings(null, Map.of(), Map.of()));
	}

	private Resource parse(XtextResourceSet resourceSet, URI uri, byte[] content) {
		Resource resource = resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("in-memory read failed", e);
		}
		return resource;
	}
}
