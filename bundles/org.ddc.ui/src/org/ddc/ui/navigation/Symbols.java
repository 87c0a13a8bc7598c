package org.ddc.ui.navigation;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.ddc.model.labels.ElementKinds;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What a name in a .ddc text stands for: the element declared or referenced at an offset, the declaration's
 * summary, and every reference to an element. Works on the parsed model only; callers hold the design's lock.
 */
public final class Symbols {
	private static final EObjectAtOffsetHelper AT_OFFSET = new EObjectAtOffsetHelper();

	/** A reference in the text: the node that names the target, and the target (resolved, or a proxy). */
	public interface ReferenceVisitor {
		void visit(INode node, EObject target);
	}

	private Symbols() {
	}

	/**
	 * The named element at an offset: the target of the reference there, or the element whose declared name is
	 * there. Null on anything else (keywords, values, unresolved names, garbage).
	 */
	public static EObject targetAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null || offset < 0) {
			return null;
		}
		EObject referenced = AT_OFFSET.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null) {
			return referenced.eIsProxy() || nameOf(referenced) == null ? null : referenced;
		}
		EObject element = AT_OFFSET.resolveElementAt(resource, offset);
		for (EObject candidate = element; candidate != null; candidate = candidate.eContainer()) {
			INode name = nameNode(candidate);
			if (name != null && name.getOffset() <= offset && offset <= name.getEndOffset()) {
				return candidate;
			}
		}
		return null;
	}

	/** The declared name of an element, or null when it has none. */
	public static String nameOf(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		return name instanceof EAttribute && object.eGet(name) instanceof String value ? value : null;
	}

	/** Whether an element declares a name. */
	public static boolean isNamed(EObject object) {
		return object.eClass().getEStructuralFeature("name") instanceof EAttribute;
	}

	/** The node of an element's declared name, or null. */
	public static INode nameNode(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (!(name instanceof EAttribute)) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, name);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** "switch", "storage switch", "network adapter". */
	public static String kindOf(EObject object) {
		return ElementKinds.label(object.eClass());
	}

	/** The file of a resource (null for one not from a file). */
	public static Path fileOf(Resource resource) {
		return resource != null && resource.getURI().isFile() ? Path.of(resource.getURI().toFileString()) : null;
	}

	/** Where and what an element is (null for an element that has no name in any text). */
	public static Declaration declaration(EObject object) {
		INode name = nameNode(object);
		ICompositeNode node = NodeModelUtils.getNode(object);
		Path file = fileOf(object.eResource());
		if (name == null || node == null || file == null) {
			return null;
		}
		EObject parent = object.eContainer();
		String parentName = parent != null ? nameOf(parent) : null;
		return new Declaration(kindOf(object), nameOf(object), parentName, file, name.getOffset(), name.getLength(),
				name.getStartLine(), node.getOffset(), node.getLength());
	}

	/** The source text of an element (without leading comments), cut after {@code maxLines} lines. */
	public static String sourceOf(EObject object, int maxLines) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return "";
		}
		String all = node.getRootNode().getText();
		String text = all.substring(node.getOffset(), Math.min(all.length(), node.getEndOffset()));
		String[] lines = text.split("\r?\n", -1);
		if (lines.length <= maxLines) {
			return text;
		}
		return String.join("\n", java.util.Arrays.copyOf(lines, maxLines)) + "\n\t…";
	}

	/** Visits every cross reference written in a resource, in text order per element. */
	public static void forEachReference(Resource resource, ReferenceVisitor visitor) {
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| !object.eIsSet(reference)) {
					continue; // an unset reference has no text: no need to walk the element's nodes
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
				if (nodes.isEmpty()) {
					continue;
				}
				List<?> values = reference.isMany() ? (List<?>) object.eGet(reference, true)
						: Collections.singletonList(object.eGet(reference, true));
				for (int i = 0; i < nodes.size() && i < values.size(); i++) {
					if (values.get(i) instanceof EObject target) {
						visitor.visit(nodes.get(i), target);
					}
				}
			}
		}
	}

	/** The text regions of a resource that refer to a target element. */
	public static List<TextRange> referencesTo(Resource resource, EObject target) {
		List<TextRange> found = new java.util.ArrayList<>();
		forEachReference(resource, (node, referenced) -> {
			if (referenced == target) {
				found.add(new TextRange(node.getOffset(), node.getLength(), node.getStartLine()));
			}
		});
		return found;
	}
}
