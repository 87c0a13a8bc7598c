package org.ddc.rules.step4;

import java.util.List;

import org.ddc.model.BackupCapability;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** A backup requirement of L433–436 as a capability every backup plan declares (IPD-4-32 … IPD-4-35). */
abstract class BackupCapabilityRule extends Rule {
	private final List<BackupCapability> required;
	private final String purpose;

	BackupCapabilityRule(String id, String purpose, BackupCapability... required) {
		super(id);
		this.required = List.of(required);
		this.purpose = purpose;
	}

	@Override
	public final void check(RuleContext context) {
		for (BackupPlan plan : context.index().all(BackupPlan.class)) {
			for (BackupCapability capability : required) {
				if (plan.getCapabilities().contains(capability)) {
					continue;
				}
				context.report(plan, plan.getCapabilities().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.BACKUP_PLAN__CAPABILITIES, "backup plan " + plan.getName()
								+ " does not declare " + capability.getLiteral() + ": " + purpose
								+ "; choose a product that can, and add it to 'capabilities'",
						Fix.add("capabilities", capability.getLiteral(), "Add capability " + capability.getLiteral()));
			}
		}
	}

	@Override
	public final String firingExample() {
		return """
				backup-plan BK { approach vss-snapshot product "DPM" capabilities %s }
				""".formatted(others());
	}

	@Override
	public final String passingExample() {
		return """
				backup-plan BK { approach vss-snapshot product "DPM" capabilities %s }
				""".formatted(String.join(", ", List.of(BackupCapability.values()).stream()
				.map(BackupCapability::getLiteral).toList()));
	}

	private String others() {
		return String.join(", ", List.of(BackupCapability.values()).stream().filter(c -> !required.contains(c))
				.map(BackupCapability::getLiteral).toList());
	}
}
