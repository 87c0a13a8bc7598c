package org.ddc.dsl.linking;

import org.ddc.dsl.validation.IssueCodes;
import org.ddc.model.labels.ElementKinds;
import org.ddc.rules.Fix;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/** "unknown switch 'SW-9' (did you mean 'SW-1'?)" instead of Xtext's "Couldn't resolve reference to …". */
public class DdcLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {
	private static final int MAX_SUGGESTION_DISTANCE = 2;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IValueConverterService nameConverter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		String kind = ElementKinds.label(type);
		String suggestion = closestName(context, name);
		String message = "unknown " + kind + " '" + name + "'"
				+ (suggestion != null ? " (did you mean '" + suggestion + "'?)"
						: ": declare it with '" + ElementKinds.keyword(type) + " " + name + "' or correct the name");
		String[] fix = suggestion != null
				? Fix.replace(nameConverter.toString(suggestion, "Name"), "Change to '" + suggestion + "'").toData()
				: new String[0];
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED, fix);
	}

	private String closestName(ILinkingDiagnosticContext context, String name) {
		IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
		String best = null;
		int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
		for (IEObjectDescription candidate : scope.getAllElements()) {
			QualifiedName qualified = candidate.getName();
			String candidateName = qualified.getSegmentCount() == 1 ? qualified.getFirstSegment() : null;
			if (candidateName == null) {
				continue;
			}
			int distance = editDistance(name.toLowerCase(), candidateName.toLowerCase());
			if (distance < bestDistance || distance == bestDistance && best != null && candidateName.compareTo(best) < 0) {
				best = candidateName;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Levenshtein distance. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
