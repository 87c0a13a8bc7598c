package org.ddc.ui.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Semantic highlighting from the parsed and linked model: the name where an element is declared, each reference to
 * a name, and references that resolve to nothing.
 */
public final class SemanticSpans {
	/** A styled range of the document. */
	public record Span(int offset, int length, Style style) {
	}

	private SemanticSpans() {
	}

	/** The spans of a resource, sorted by offset. Call with the resource linked (after validation). */
	public static List<Span> of(XtextResource resource) {
		List<Span> spans = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return spans;
		}
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			EStructuralFeature name = object.eClass().getEStructuralFeature("name");
			if (name instanceof EAttribute) {
				for (INode node : NodeModelUtils.findNodesForFeature(object, name)) {
					spans.add(new Span(node.getOffset(), node.getLength(), Style.DECLARATION));
				}
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
				if (nodes.isEmpty()) {
					continue;
				}
				List<?> values = reference.isMany() ? (List<?>) object.eGet(reference, true)
						: java.util.Collections.singletonList(object.eGet(reference, true));
				for (int i = 0; i < nodes.size(); i++) {
					Object value = i < values.size() ? values.get(i) : null;
					boolean resolved = value instanceof EObject target && !target.eIsProxy();
					INode node = nodes.get(i);
					spans.add(new Span(node.getOffset(), node.getLength(), resolved ? Style.REFERENCE : Style.UNRESOLVED));
				}
			}
		}
		spans.sort(Comparator.comparingInt(Span::offset));
		return spans;
	}
}
