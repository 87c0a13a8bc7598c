package org.ddc.dsl.serializer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.CrossReferenceSerializer;

import com.google.inject.Inject;

/**
 * Xtext's cross-reference serializer asks the scope for the names of the target, which scans every element in scope:
 * serializing a generated design took quadratic time. Here the target's own name is looked up first (a hash lookup);
 * only when it does not denote the target in this scope is the scope scanned as before.
 */
public class DdcCrossReferenceSerializer extends CrossReferenceSerializer {

	@Inject
	private IQualifiedNameProvider nameProvider;

	@Override
	protected String getCrossReferenceNameFromScope(EObject semanticObject, CrossReference crossref, EObject target,
			IScope scope, Acceptor errors) {
		return super.getCrossReferenceNameFromScope(semanticObject, crossref, target, new OwnNameFirst(scope), errors);
	}

	private final class OwnNameFirst implements IScope {
		private final IScope scope;

		OwnNameFirst(IScope scope) {
			this.scope = scope;
		}

		@Override
		public Iterable<IEObjectDescription> getElements(EObject object) {
			QualifiedName name = nameProvider.getFullyQualifiedName(object);
			IEObjectDescription own = name != null ? scope.getSingleElement(name) : null;
			return own != null && own.getEObjectOrProxy() == object ? List.of(own) : scope.getElements(object);
		}

		@Override
		public IEObjectDescription getSingleElement(QualifiedName name) {
			return scope.getSingleElement(name);
		}

		@Override
		public Iterable<IEObjectDescription> getElements(QualifiedName name) {
			return scope.getElements(name);
		}

		@Override
		public IEObjectDescription getSingleElement(EObject object) {
			return scope.getSingleElement(object);
		}

		@Override
		public Iterable<IEObjectDescription> getAllElements() {
			return scope.getAllElements();
		}
	}
}
