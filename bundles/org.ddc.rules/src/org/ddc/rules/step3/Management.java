package org.ddc.rules.step3;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignIndex;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.ManagementPolicy;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.VmmInstance;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadKind;
import org.ddc.rules.Fix;
import org.ddc.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Helpers shared by the Step 3 rules: design-wide findings and role groups. */
final class Management {
	/** The Remote Desktop Services roles of VDI (L356-359); exempt from independence (L361). */
	static final Set<ManagementRole> VDI_ROLES = EnumSet.of(ManagementRole.RD_CONNECTION_BROKER,
			ManagementRole.THIRD_PARTY_CONNECTION_BROKER, ManagementRole.RD_WEB_ACCESS,
			ManagementRole.RD_VIRTUALIZATION_HOST, ManagementRole.RD_VIRTUALIZATION_REDIRECTOR);

	private Management() {
	}

	/** The design's management block, or null. */
	static ManagementPolicy policy(RuleContext context) {
		Design design = context.design();
		return design != null ? design.getManagement() : null;
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

	/** The first in-scope VDI desktop workload, or null. */
	static Workload firstVdiWorkload(RuleContext context) {
		return context.index().all(Workload.class).stream()
				.filter(w -> w.getKind() == WorkloadKind.VDI_DESKTOP && Demand.inScope(w)).findFirst().orElse(null);
	}

	/** The management servers with any Remote Desktop Services role. */
	static List<ManagementServer> rdsServers(RuleContext context) {
		return context.index().all(ManagementServer.class).stream()
				.filter(s -> s.getRoles().stream().anyMatch(VDI_ROLES::contains)).toList();
	}

	/** Whether some management server has any of the roles. */
	static boolean hasAnyRole(RuleContext context, ManagementRole... roles) {
		for (ManagementRole role : roles) {
			if (!context.index().serversWithRole(role).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** Names of servers, comma separated. */
	static String names(List<ManagementServer> servers) {
		return String.join(", ", servers.stream().map(ManagementServer::getName).toList());
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
