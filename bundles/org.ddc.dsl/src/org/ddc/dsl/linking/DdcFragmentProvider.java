package org.ddc.dsl.linking;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * EMF's usual path fragments ({@code //@elements.12/@adapters.0}), with the position of a top-level element looked up
 * in a map built once per file version instead of EMF's linear {@code indexOf}: every finding needs its element's
 * URI, so a file with thousands of findings on top-level elements took quadratic time. Fragments and their resolution
 * are exactly EMF's.
 */
public class DdcFragmentProvider implements IFragmentProvider {
	private static final String ELEMENTS_SEGMENT = "@" + DdcPackage.Literals.DDC_MODEL__ELEMENTS.getName() + ".";

	@Inject
	private IResourceScopeCache cache;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		InternalEObject container = ((InternalEObject) object).eInternalContainer();
		if (container == null || object.eResource() == null) {
			return fallback.getFragment(object);
		}
		String segment = container instanceof DdcModel model
				&& object.eContainmentFeature() == DdcPackage.Literals.DDC_MODEL__ELEMENTS
						? ELEMENTS_SEGMENT + positions(model).get(object)
						: container.eURIFragmentSegment(object.eContainingFeature(), object);
		return getFragment(container, fallback) + "/" + segment;
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}

	private Map<EObject, Integer> positions(DdcModel model) {
		return cache.get(DdcFragmentProvider.class, model.eResource(), () -> {
			List<? extends EObject> elements = model.getElements();
			Map<EObject, Integer> positions = new IdentityHashMap<>(elements.size() * 2);
			for (int i = 0; i < elements.size(); i++) {
				positions.put(elements.get(i), i);
			}
			return positions;
		});
	}
}
