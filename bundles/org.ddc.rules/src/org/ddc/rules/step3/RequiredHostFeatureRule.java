package org.ddc.rules.step3;

import org.ddc.analysis.ManagementRoles;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementRole;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * A host hardware feature that a planned management service relies on: when a Configuration Manager site or a
 * server with one of the given roles exists, every host design that declares its features must include it. Host
 * designs that declare no features are skipped.
 */
abstract class RequiredHostFeatureRule extends Rule {
	private final Feature feature;
	private final ManagementRole[] roles;
	private final String consequence;

	/** @param consequence what cannot be done without the feature, e.g. "… cannot manage it out of band" */
	RequiredHostFeatureRule(String id, Feature feature, String consequence, ManagementRole... roles) {
		super(id);
		this.feature = feature;
		this.roles = roles;
		this.consequence = consequence;
	}

	@Override
	public final void check(RuleContext context) {
		boolean required = !context.index().all(ConfigMgrSite.class).isEmpty()
				|| ManagementRoles.anyServerWith(context.index(), roles);
		if (!required) {
			return;
		}
		String keyword = feature.getLiteral();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.getFeatures().isEmpty() && !host.getFeatures().contains(feature)) {
				context.report(host, DdcPackage.Literals.DEVICE__FEATURES, "host design " + host.getName() + " has no "
						+ keyword + " feature, so " + consequence + ": choose hardware with it and add " + keyword
						+ " to its features", Fix.add("features", keyword, "Add the " + keyword + " feature"));
			}
		}
	}
}
