package org.ddc.diagram.overlay;

import org.ddc.diagram.model.Source;
import org.ddc.dsl.load.LoadedDesign;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where model elements are written, for diagrams' tooltips and the editor selection of the diagram view. */
public final class Sources {

	private final LoadedDesign design;

	public Sources(LoadedDesign design) {
		this.design = design;
	}

	/** The element's source, or null when it has no text (built in code). */
	public Source of(EObject element) {
		if (element == null || element.eResource() == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		Resource resource = element.eResource();
		return new Source(design.displayPath(resource), resource.getURI().toString(), node.getOffset(),
				node.getLength(), node.getStartLine(), name(element));
	}

	/** The element's {@code name} attribute, or "" when it has none. */
	public static String name(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name instanceof String text ? text : "";
	}
}
