package org.ddc.dsl.scoping;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Scoping of .ddc references. Top-level elements are visible across all files of a design (default scoping);
 * the members of a NIC team are the adapters of the team's own host design only, so a team cannot name an adapter
 * of another host design (not even as {@code "H1.mgmt"}).
 */
public class DdcScopeProvider extends AbstractDdcScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (isLocal(reference)) {
			HostDesign host = EcoreUtil2.getContainerOfType(context, HostDesign.class);
			return host == null ? IScope.NULLSCOPE : Scopes.scopeFor(host.getAdapters());
		}
		return super.getScope(context, reference);
	}

	/** Whether the names visible to a reference depend on where it is written (not only on its target type). */
	public static boolean isLocal(EReference reference) {
		return reference == DdcPackage.Literals.NIC_TEAM__MEMBERS;
	}
}
