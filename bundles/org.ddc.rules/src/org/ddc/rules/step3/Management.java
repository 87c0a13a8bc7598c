package org.ddc.rules.step3;

import java.util.Collection;
import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.ManagementServer;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Fix;
import org.ddc.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How the Step 3 rules report: design-wide findings, and required values that are missing. (The design facts they
 * read — management policy, roles, VDI workloads — are in {@link org.ddc.analysis.ManagementScope} and
 * {@link org.ddc.analysis.ManagementRoles}.)
 */
final class Management {
	private Management() {
	}

	/**
	 * Reports a design-wide finding: on the design header's name, else on the first element of the first file. A
	 * fragment without a header and without any Step 3 element (management server, VMM instance, management group,
	 * ConfigMgr site) has not reached Step 3 yet, so nothing is reported on it.
	 */
	static void reportOnDesign(RuleContext context, String message, Fix fix) {
		Design design = context.design();
		if (design != null) {
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, message, fix);
			return;
		}
		DesignIndex index = context.index();
		boolean step3 = !index.all(ManagementServer.class).isEmpty() || !index.all(VmmInstance.class).isEmpty()
				|| !index.all(OpsMgrGroup.class).isEmpty() || !index.all(ConfigMgrSite.class).isEmpty();
		List<DdcModel> models = index.models();
		if (step3 && !models.isEmpty() && !models.get(0).getElements().isEmpty()) {
			context.report(models.get(0).getElements().get(0), DdcPackage.Literals.ELEMENT__NAME, message, fix);
		}
	}

	/**
	 * Reports required values (capabilities, site roles, management packs) that are not provided: one finding
	 * listing them all when none is provided, else one finding per missing value, each with its quick fix.
	 *
	 * @param subject what lacks them, e.g. "configmgr-site CM-1"
	 * @param purpose what requires them, e.g. "configuration management"
	 * @param kind the singular noun, e.g. "capability"
	 * @param keyword the .ddc attribute keyword, e.g. "capabilities"
	 * @param required the required values as written in .ddc
	 * @param provided the provided values as written in .ddc
	 */
	static void requireAll(RuleContext context, EObject target, EStructuralFeature feature, String subject,
			String purpose, String kind, String keyword, List<String> required, Collection<String> provided) {
		List<String> missing = required.stream().filter(value -> !provided.contains(value)).toList();
		if (missing.isEmpty()) {
			return;
		}
		if (missing.size() == required.size()) {
			String all = String.join(", ", required);
			context.report(target, feature, subject + " declares none of the " + required.size() + " " + keyword
					+ " that " + purpose + " requires: add '" + keyword + " " + all + "'",
					Fix.set(keyword, all, "Declare every required " + kind));
			return;
		}
		for (String value : missing) {
			context.report(target, feature, subject + " lacks the " + kind + " " + value + ", which " + purpose
					+ " requires: add it to '" + keyword + "'", Fix.add(keyword, value, "Add the " + kind + " " + value));
		}
	}
}
