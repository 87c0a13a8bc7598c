package org.ddc.rules.step3;

import java.util.List;
import java.util.Locale;

import org.ddc.model.DdcPackage;
import org.ddc.model.OpsMgrGroup;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-44: each Operations Manager management group imports the Hyper-V, Configuration Manager, Operations
 * Manager, SQL Server, Active Directory Domain Services and Power Management packs (L329). Pack names are matched
 * loosely (case, spaces and punctuation ignored; common short names such as SCOM or AD DS accepted).
 */
public final class RequiredManagementPacks extends Rule {
	private record Pack(String name, List<String> aliases) {
		boolean in(List<String> normalized) {
			return normalized.stream().anyMatch(p -> aliases.stream().anyMatch(p::contains));
		}
	}

	private static final List<Pack> REQUIRED = List.of(new Pack("Hyper-V", List.of("hyperv")),
			new Pack("Configuration Manager", List.of("configurationmanager", "configmgr", "sccm")),
			new Pack("Operations Manager", List.of("operationsmanager", "opsmgr", "scom")),
			new Pack("SQL Server", List.of("sqlserver")),
			new Pack("Active Directory Domain Services", List.of("activedirectory", "adds")),
			new Pack("Power Management", List.of("powermanagement")));

	public RequiredManagementPacks() {
		super("IPD-3-44");
	}

	@Override
	public void check(RuleContext context) {
		for (OpsMgrGroup group : context.index().all(OpsMgrGroup.class)) {
			List<String> declared = group.getManagementPacks().stream()
					.map(p -> p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")).toList();
			List<Pack> missing = REQUIRED.stream().filter(pack -> !pack.in(declared)).toList();
			if (declared.isEmpty()) {
				String all = String.join(", ", REQUIRED.stream().map(p -> "\"" + p.name() + "\"").toList());
				context.report(group, DdcPackage.Literals.ELEMENT__NAME, "management group " + group.getName()
						+ " declares no management packs: add 'management-packs " + all + "'",
						Fix.set("management-packs", all, "Declare the required management packs"));
				continue;
			}
			for (Pack pack : missing) {
				context.report(group, DdcPackage.Literals.OPS_MGR_GROUP__MANAGEMENT_PACKS, "management group "
						+ group.getName() + " lacks the " + pack.name() + " management pack, which the Dynamic "
						+ "Datacenter requires: add \"" + pack.name() + "\" to 'management-packs'",
						Fix.add("management-packs", "\"" + pack.name() + "\"", "Add the " + pack.name() + " pack"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				opsmgr-group MG-1 { management-packs "Hyper-V", "SQL Server 2012" }
				""";
	}

	@Override
	public String passingExample() {
		return """
				opsmgr-group MG-1 {
					management-packs "Windows Server Hyper-V", "System Center Configuration Manager",
						"Operations Manager", "SQL Server 2012", "Active Directory Domain Services",
						"Power Management"
				}
				""";
	}
}
