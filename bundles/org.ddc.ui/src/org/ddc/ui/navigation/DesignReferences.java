package org.ddc.ui.navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.dsl.load.LoadedDesign;
import org.ddc.model.DdcModel;
import org.ddc.ui.design.LiveDesign;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The element named at an offset and where the whole design refers to it, copied out of the live model in one read
 * of all files (open editors' unsaved text included).
 */
public final class DesignReferences {
	/** A reference: its range and the text of its line. */
	public record Reference(TextRange range, String lineText) {
	}

	/**
	 * An element and its uses: its declaration, the references per file (in design file order), and the names it
	 * cannot take (those of the other top-level elements of the design, or of its siblings for a nested element).
	 */
	public record Usage(Declaration declaration, Map<Path, List<Reference>> references, Set<String> takenNames) {
		public int count() {
			return references.values().stream().mapToInt(List::size).sum();
		}
	}

	private DesignReferences() {
	}

	/** The usage of the element named at an offset of a file of the design, or null when no element is named there. */
	public static Usage at(LiveDesign design, Path file, int offset) {
		return design.readDesign(loaded -> {
			Resource resource = loaded.resourceSet().getResource(URI.createFileURI(file.toString()), false);
			EObject target = resource instanceof XtextResource xtext ? Symbols.targetAt(xtext, offset) : null;
			Declaration declaration = target != null ? Symbols.declaration(target) : null;
			return declaration != null ? usage(loaded, target, declaration) : null;
		});
	}

	private static Usage usage(LoadedDesign loaded, EObject target, Declaration declaration) {
		Map<Path, List<Reference>> references = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			List<TextRange> ranges = Symbols.referencesTo(resource, target);
			Path path = Symbols.fileOf(resource);
			if (ranges.isEmpty() || path == null || !(resource instanceof XtextResource xtext)
					|| xtext.getParseResult() == null) {
				continue;
			}
			String text = xtext.getParseResult().getRootNode().getText();
			List<Reference> found = new ArrayList<>();
			for (TextRange range : ranges) {
				found.add(new Reference(range, lineAt(text, range.offset())));
			}
			references.put(path, List.copyOf(found));
		}
		return new Usage(declaration, references, takenNames(loaded, target));
	}

	private static Set<String> takenNames(LoadedDesign loaded, EObject target) {
		Set<String> taken = new HashSet<>();
		List<EObject> neighbours = new ArrayList<>();
		if (target.eContainer() instanceof DdcModel) {
			loaded.models().forEach(model -> neighbours.addAll(model.getElements()));
		} else if (target.eContainer() != null) {
			neighbours.addAll(target.eContainer().eContents());
		}
		for (EObject other : neighbours) {
			String name = other != target ? Symbols.nameOf(other) : null;
			if (name != null) {
				taken.add(name);
			}
		}
		return taken;
	}

	private static String lineAt(String text, int offset) {
		int start = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
		int end = text.indexOf('\n', offset);
		return text.substring(start, end < 0 ? text.length() : end).strip();
	}
}
