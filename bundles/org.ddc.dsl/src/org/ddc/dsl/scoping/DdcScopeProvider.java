package org.ddc.dsl.scoping;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;

import com.google.inject.Inject;

/**
 * Scoping of .ddc references. Every name a reference can target is design-wide (declared at the top level of a file,
 * or a cluster: see {@link DdcQualifiedNameProvider}) and visible in every file of the design; the language has no
 * imports or namespaces. A reference therefore sees the names its
 * own file exports over those of the other files of the design (both from the files' resource descriptions, which
 * are computed once per change of a file). Computing a namespace-aware scope per container for every reference, as
 * Xtext's default does, cost a third of linking a large file after each keystroke.
 * <p>
 * The members of a NIC team are the adapters of the team's own host design only, so a team cannot name an adapter
 * of another host design (not even as {@code "H1.mgmt"}); likewise the team or adapter a virtual switch is bound to.
 */
public class DdcScopeProvider extends AbstractDdcScopeProvider {

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (isLocal(reference)) {
			HostDesign host = EcoreUtil2.getContainerOfType(context, HostDesign.class);
			if (host == null) {
				return IScope.NULLSCOPE;
			}
			return Scopes.scopeFor(reference == DdcPackage.Literals.VIRTUAL_SWITCH__TEAM ? host.getTeams()
					: host.getAdapters());
		}
		Resource resource = context.eResource();
		if (resource == null) {
			return IScope.NULLSCOPE;
		}
		// the global scope leaves out the context's own file: its names come first
		IScope otherFiles = globalScopeProvider.getScope(resource, reference, null);
		return SelectableBasedScope.createScope(otherFiles, descriptions.getResourceDescription(resource),
				reference.getEReferenceType(), false);
	}

	/** Whether the names visible to a reference depend on where it is written (not only on its target type). */
	public static boolean isLocal(EReference reference) {
		return reference == DdcPackage.Literals.NIC_TEAM__MEMBERS || reference == DdcPackage.Literals.VIRTUAL_SWITCH__TEAM
				|| reference == DdcPackage.Literals.VIRTUAL_SWITCH__ADAPTER;
	}
}
