package org.ddc.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.ddc.dsl.scoping.DdcScopeProvider;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.model.labels.ElementKinds;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * "unknown switch 'SW-9' (did you mean 'SW-1'?)" instead of Xtext's "Couldn't resolve reference to …". The names in
 * scope are collected once per file and target type (cached like Xtext's global scope, until the file changes) and
 * searched by a bounded {@link NameSuggester}.
 */
public class DdcLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IValueConverterService nameConverter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = MessageLists.name(context.getLinkText());
		String kind = ElementKinds.label(type);
		String suggestion = suggester(context.getContext(), context.getReference()).closest(context.getLinkText());
		String message = "unknown " + kind + " '" + name + "'"
				+ (suggestion != null ? " (did you mean '" + suggestion + "'?)"
						: ": declare it with '" + ElementKinds.keyword(type) + " " + name + "' or correct the name");
		String[] fix = suggestion != null
				? Fix.replace(nameConverter.toString(suggestion, "Name"), "Change to '" + suggestion + "'").toData()
				: new String[0];
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED, fix);
	}

	private NameSuggester suggester(EObject context, EReference reference) {
		if (DdcScopeProvider.isLocal(reference) || context.eResource() == null) {
			return new NameSuggester(namesInScope(context, reference));
		}
		return cache.get(Tuples.create(NameSuggester.class, reference.getEReferenceType()), context.eResource(),
				() -> new NameSuggester(namesInScope(context, reference)));
	}

	private List<String> namesInScope(EObject context, EReference reference) {
		List<String> names = new ArrayList<>();
		for (IEObjectDescription candidate : scopeProvider.getScope(context, reference).getAllElements()) {
			QualifiedName qualified = candidate.getName();
			if (qualified.getSegmentCount() == 1) {
				names.add(qualified.getFirstSegment());
			}
		}
		return names;
	}
}
