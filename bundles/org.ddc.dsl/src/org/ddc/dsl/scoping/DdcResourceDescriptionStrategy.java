package org.ddc.dsl.scoping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports the same names as Xtext's default strategy, but does not descend into elements that cannot contain a
 * named element (quantities, specs, connections): a file's names are computed again after every keystroke in the
 * editor, and most of a design's objects are attribute values.
 */
public class DdcResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {
	private static final Map<EClass, Boolean> MAY_CONTAIN_NAMED = new ConcurrentHashMap<>();

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		return super.createEObjectDescriptions(object, acceptor) && mayContainNamed(object.eClass());
	}

	/** Whether an object of the class can contain, at any depth, an object with a {@code name}. */
	static boolean mayContainNamed(EClass type) {
		Boolean known = MAY_CONTAIN_NAMED.get(type);
		if (known == null) {
			known = search(type, new java.util.HashSet<>());
			MAY_CONTAIN_NAMED.put(type, known);
		}
		return known;
	}

	private static boolean search(EClass type, java.util.Set<EClass> seen) {
		if (!seen.add(type)) {
			return false;
		}
		for (EReference containment : type.getEAllContainments()) {
			for (EClass candidate : withSubtypes(containment.getEReferenceType())) {
				if (named(candidate) || search(candidate, seen)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean named(EClass type) {
		EStructuralFeature name = type.getEStructuralFeature("name");
		return name != null && !name.isMany();
	}

	/** The class and every class of its package (and of the packages it is used from) that extends it. */
	private static java.util.List<EClass> withSubtypes(EClass type) {
		java.util.List<EClass> result = new java.util.ArrayList<>();
		result.add(type);
		EPackage ePackage = type.getEPackage();
		if (ePackage != null) {
			ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
					.filter(c -> c != type && type.isSuperTypeOf(c)).forEach(result::add);
		}
		return result;
	}
}
