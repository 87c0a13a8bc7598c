package org.ddc.dsl.scoping;

import org.ddc.model.Cluster;
import org.ddc.model.DdcPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Names of .ddc elements: a top-level element is named by its name, a nested element by its parent's name and its
 * own ({@code Host.adapter}), as in Xtext's default. A cluster is the exception: it is declared inside a host design
 * but named by its own name alone, so that workload groups and VMM instances anywhere in the design refer to it as
 * they refer to top-level elements ({@code cluster CL-WEB-A}). Its name must therefore be unique across the design,
 * like a top-level name.
 */
public class DdcQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/** Called by Xtext's polymorphic dispatch for clusters. */
	protected QualifiedName qualifiedName(Cluster cluster) {
		String name = cluster.getName();
		return name == null || name.isEmpty() ? null : getConverter().toQualifiedName(name);
	}

	/** Whether elements of this kind have a design-wide name although they are declared inside another element. */
	public static boolean designWide(EClass type) {
		return DdcPackage.Literals.CLUSTER.isSuperTypeOf(type);
	}
}
