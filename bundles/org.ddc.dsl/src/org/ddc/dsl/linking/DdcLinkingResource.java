package org.ddc.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;

/**
 * Xtext's linking resource with linking diagnostics indexed by node. Xtext checks {@code List.contains} before it
 * adds an unresolved-reference error and, once a file has any error, builds a message and calls
 * {@code List.remove} for every reference that resolves: both are linear in the number of errors, so thousands of
 * unknown references took quadratic time. Here both are hash lookups, and a reference that resolves costs nothing
 * when linking reported no diagnostic for it.
 */
public class DdcLinkingResource extends LazyLinkingResource {
	private final SetMultimap<INode, Diagnostic> linkingDiagnostics = LinkedHashMultimap.create();

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message != null) {
			Diagnostic diagnostic = createDiagnostic(triple, message);
			if (linkingDiagnostics.put(triple.getThird(), diagnostic)) {
				getDiagnosticList(message).add(diagnostic);
			}
		}
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		for (Diagnostic diagnostic : linkingDiagnostics.removeAll(triple.getThird())) {
			if (!getErrors().remove(diagnostic)) {
				getWarnings().remove(diagnostic);
			}
		}
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		linkingDiagnostics.clear();
	}

	@Override
	protected void doUnload() {
		super.doUnload();
		linkingDiagnostics.clear();
	}
}
